package qbxml

import (
	"strings"
	"testing"
)

// txnCostResponse is a hand-written response set with one record of each job-cost transaction
// type, in QuickBooks' element order; the test validates it against the schemas before parsing
// it, so the fixture cannot drift from what QuickBooks can send.
const txnCostResponse = `<?xml version="1.0" ?>
<QBXML><QBXMLMsgsRs>
<CheckQueryRs requestID="1" statusCode="0" statusSeverity="Info" statusMessage="Status OK" retCount="1" iteratorRemainingCount="0" iteratorID="{e2c9f6a0-0c2d-4c65-9d4a-4a9c6b0e8f11}">
<CheckRet><TxnID>1A2B-1234567890</TxnID><TimeCreated>2024-03-10T09:00:00-05:00</TimeCreated><TimeModified>2024-03-11T10:00:00-05:00</TimeModified><EditSequence>1710170400</EditSequence><TxnNumber>412</TxnNumber>
<AccountRef><ListID>80000005-1234567890</ListID><FullName>Checking</FullName></AccountRef>
<PayeeEntityRef><ListID>80000030-1234567890</ListID><FullName>ACME Lumber &amp; Supply</FullName></PayeeEntityRef>
<RefNumber>1043</RefNumber><TxnDate>2024-03-10</TxnDate><Amount>1130.25</Amount><Memo>Lumber, job 2024-017</Memo><IsToBePrinted>false</IsToBePrinted>
<ExpenseLineRet><TxnLineID>1A2C-1234567890</TxnLineID><AccountRef><FullName>Job Expenses:Job Materials</FullName></AccountRef><Amount>150.25</Amount><Memo>Delivery</Memo><CustomerRef><ListID>80000020-1234567890</ListID><FullName>Smith, John:2024-017 Smith Remodel</FullName></CustomerRef><BillableStatus>NotBillable</BillableStatus></ExpenseLineRet>
<ItemLineRet><TxnLineID>1A2D-1234567890</TxnLineID><ItemRef><FullName>06 Wood:06-100 Rough Carpentry</FullName></ItemRef><Desc>Framing lumber</Desc><Quantity>200</Quantity><Cost>4.5</Cost><Amount>900.00</Amount><CustomerRef><FullName>Smith, John:2024-017 Smith Remodel</FullName></CustomerRef><BillableStatus>Billable</BillableStatus></ItemLineRet>
<ItemGroupLineRet><TxnLineID>1A2E-1234567890</TxnLineID><ItemGroupRef><FullName>Fasteners kit</FullName></ItemGroupRef><Desc>Kit</Desc><Quantity>1</Quantity><TotalAmount>80.00</TotalAmount>
<ItemLineRet><TxnLineID>1A2F-1234567890</TxnLineID><ItemRef><FullName>06 Wood:06-110 Fasteners</FullName></ItemRef><Amount>80.00</Amount><CustomerRef><FullName>Smith, John:2024-017 Smith Remodel</FullName></CustomerRef></ItemLineRet></ItemGroupLineRet>
<DataExtRet><OwnerID>0</OwnerID><DataExtName>Procore ID</DataExtName><DataExtType>STR255TYPE</DataExtType><DataExtValue>562949953421312</DataExtValue></DataExtRet>
</CheckRet></CheckQueryRs>
<CreditCardChargeQueryRs requestID="2" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
<CreditCardChargeRet><TxnID>2A00-1234567890</TxnID><EditSequence>1710170401</EditSequence>
<AccountRef><FullName>Company Visa</FullName></AccountRef><PayeeEntityRef><FullName>Home Depot</FullName></PayeeEntityRef>
<TxnDate>2024-03-12</TxnDate><Amount>-45.00</Amount><RefNumber>HD-77</RefNumber><Memo>Return</Memo>
<ExpenseLineRet><TxnLineID>2A01-1234567890</TxnLineID><AccountRef><FullName>Job Expenses:Job Materials</FullName></AccountRef><Amount>-45.00</Amount><CustomerRef><FullName>Smith, John:2024-018 Garage</FullName></CustomerRef></ExpenseLineRet>
</CreditCardChargeRet></CreditCardChargeQueryRs>
<ItemReceiptQueryRs requestID="3" statusCode="0" statusSeverity="Info">
<ItemReceiptRet><TxnID>3B00-1234567890</TxnID><TxnNumber>88</TxnNumber>
<VendorRef><FullName>ACME Lumber &amp; Supply</FullName></VendorRef><APAccountRef><FullName>Accounts Payable</FullName></APAccountRef>
<TxnDate>2024-03-13</TxnDate><TotalAmount>1950.00</TotalAmount><RefNumber>PS-5512</RefNumber><Memo>Received items (bill to follow)</Memo>
<LinkedTxn><TxnID>3A00-1234567890</TxnID><TxnType>PurchaseOrder</TxnType><TxnDate>2024-03-01</TxnDate><RefNumber>SC-2024-017</RefNumber><LinkType>QUANTYPE</LinkType><Amount>1950.00</Amount></LinkedTxn>
<ItemLineRet><TxnLineID>3B01-1234567890</TxnLineID><ItemRef><FullName>06 Wood:06-100 Rough Carpentry</FullName></ItemRef><Quantity>400</Quantity><Cost>4.875</Cost><Amount>1950.00</Amount><CustomerRef><FullName>Smith, John:2024-017 Smith Remodel</FullName></CustomerRef><ClassRef><FullName>Materials</FullName></ClassRef></ItemLineRet>
</ItemReceiptRet></ItemReceiptQueryRs>
<JournalEntryQueryRs requestID="4" statusCode="0" statusSeverity="Info">
<JournalEntryRet><TxnID>4C00-1234567890</TxnID><TxnDate>2024-03-31</TxnDate><RefNumber>JE-31</RefNumber><Memo>Reallocate framing</Memo><IsAdjustment>true</IsAdjustment>
<JournalDebitLine><TxnLineID>4C01-1234567890</TxnLineID><AccountRef><FullName>Job Expenses:Subcontractors</FullName></AccountRef><Amount>500.00</Amount><Memo>to garage</Memo><EntityRef><FullName>Smith, John:2024-018 Garage</FullName></EntityRef><BillableStatus>NotBillable</BillableStatus></JournalDebitLine>
<JournalCreditLine><TxnLineID>4C02-1234567890</TxnLineID><AccountRef><FullName>Job Expenses:Subcontractors</FullName></AccountRef><Amount>500.00</Amount><EntityRef><ListID>80000020-1234567890</ListID><FullName>Smith, John:2024-017 Smith Remodel</FullName></EntityRef><ClassRef><FullName>Residential</FullName></ClassRef></JournalCreditLine>
</JournalEntryRet></JournalEntryQueryRs>
<TxnDeletedQueryRs requestID="5" statusCode="0" statusSeverity="Info">
<TxnDeletedRet><TxnDelType>Bill</TxnDelType><TxnID>5D00-1234567890</TxnID><TimeCreated>2024-03-01T08:00:00-05:00</TimeCreated><TimeDeleted>2024-03-20T16:45:00-05:00</TimeDeleted><RefNumber>INV-1</RefNumber></TxnDeletedRet>
</TxnDeletedQueryRs>
</QBXMLMsgsRs></QBXML>`

func TestParseJobCostTransactions(t *testing.T) {
	validateXSD(t, []byte(txnCostResponse), Version13)
	validateXSD(t, []byte(txnCostResponse), Version16)

	var rs []*Response
	if err := ParseResponses(strings.NewReader(txnCostResponse), func(r *Response) error { rs = append(rs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(rs) != 5 {
		t.Fatalf("got %d responses", len(rs))
	}

	c := only[*CheckRet](t, rs[0].Rets)[0]
	if c.TxnID != "1A2B-1234567890" || c.EditSequence != "1710170400" || c.TxnNumber != 412 || c.TxnDate != "2024-03-10" ||
		c.RefNumber != "1043" || c.AccountRef.FullName != "Checking" || c.PayeeEntityRef.FullName != "ACME Lumber & Supply" ||
		c.Amount != "1130.25" || c.IsToBePrinted {
		t.Errorf("check = %+v", c)
	}
	if len(c.ExpenseLines) != 1 || c.ExpenseLines[0].Amount != "150.25" || c.ExpenseLines[0].CustomerRef.ListID != "80000020-1234567890" ||
		c.ExpenseLines[0].AccountRef.FullName != "Job Expenses:Job Materials" || c.ExpenseLines[0].BillableStatus != NotBillable {
		t.Errorf("check expense lines = %+v", c.ExpenseLines)
	}
	if len(c.ItemLines) != 1 || c.ItemLines[0].ItemRef.FullName != "06 Wood:06-100 Rough Carpentry" || c.ItemLines[0].Quantity != "200" ||
		c.ItemLines[0].Cost != "4.5" || c.ItemLines[0].Amount != "900.00" || c.ItemLines[0].CustomerRef.FullName != testJob {
		t.Errorf("check item lines = %+v", c.ItemLines)
	}
	if len(c.ItemGroupLines) != 1 || c.ItemGroupLines[0].ItemGroupRef.FullName != "Fasteners kit" || c.ItemGroupLines[0].TotalAmount != "80.00" ||
		len(c.ItemGroupLines[0].Lines) != 1 || c.ItemGroupLines[0].Lines[0].CustomerRef.FullName != testJob {
		t.Errorf("check group lines = %+v", c.ItemGroupLines)
	}
	if len(c.DataExtRet) != 1 || c.DataExtRet[0].DataExtValue != "562949953421312" {
		t.Errorf("check DataExt = %+v", c.DataExtRet)
	}

	cc := only[*CreditCardChargeRet](t, rs[1].Rets)[0]
	if cc.TxnID != "2A00-1234567890" || cc.AccountRef.FullName != "Company Visa" || cc.PayeeEntityRef.FullName != "Home Depot" ||
		cc.Amount != "-45.00" || cc.RefNumber != "HD-77" || len(cc.ExpenseLines) != 1 || cc.ExpenseLines[0].CustomerRef.FullName != "Smith, John:2024-018 Garage" {
		t.Errorf("credit card charge = %+v", cc)
	}
	if cents, err := cc.ExpenseLines[0].Amount.Units(2); err != nil || cents != -4500 {
		t.Errorf("charge line cents = %d, %v", cents, err)
	}

	ir := only[*ItemReceiptRet](t, rs[2].Rets)[0]
	if ir.TxnID != "3B00-1234567890" || ir.TxnNumber != 88 || ir.VendorRef.FullName != "ACME Lumber & Supply" || ir.APAccountRef.FullName != "Accounts Payable" ||
		ir.TotalAmount != "1950.00" || ir.RefNumber != "PS-5512" || len(ir.LinkedTxn) != 1 || ir.LinkedTxn[0].TxnType != "PurchaseOrder" ||
		ir.LinkedTxn[0].RefNumber != "SC-2024-017" || len(ir.ItemLines) != 1 || ir.ItemLines[0].Cost != "4.875" || ir.ItemLines[0].ClassRef.FullName != "Materials" {
		t.Errorf("item receipt = %+v", ir)
	}

	je := only[*JournalEntryRet](t, rs[3].Rets)[0]
	if je.TxnID != "4C00-1234567890" || je.TxnDate != "2024-03-31" || je.RefNumber != "JE-31" || !je.IsAdjustment ||
		len(je.DebitLines) != 1 || len(je.CreditLines) != 1 {
		t.Fatalf("journal entry = %+v", je)
	}
	d, cr := je.DebitLines[0], je.CreditLines[0]
	if d.TxnLineID != "4C01-1234567890" || d.AccountRef.FullName != "Job Expenses:Subcontractors" || d.Amount != "500.00" || d.Memo != "to garage" ||
		d.EntityRef.FullName != "Smith, John:2024-018 Garage" || d.BillableStatus != NotBillable {
		t.Errorf("debit = %+v", d)
	}
	if cr.EntityRef.ListID != "80000020-1234567890" || cr.Amount != "500.00" || cr.ClassRef.FullName != "Residential" {
		t.Errorf("credit = %+v", cr)
	}

	del := only[*TxnDeletedRet](t, rs[4].Rets)[0]
	if del.TxnDelType != "Bill" || del.TxnID != "5D00-1234567890" || del.TimeDeleted != "2024-03-20T16:45:00-05:00" {
		t.Errorf("deleted = %+v", del)
	}
}
