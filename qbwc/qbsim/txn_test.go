package qbsim

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

const job = `<CustomerRef><FullName>Smith, John:2024-017 Smith Remodel</FullName></CustomerRef>`

func TestEstimatePurchaseOrderBillCheck(t *testing.T) {
	h := newHarness(t, true)
	est := h.one(`<EstimateAddRq requestID="e"><EstimateAdd>` + job + `<TxnDate>2024-03-01</TxnDate><RefNumber>B-17</RefNumber>` +
		`<EstimateLineAdd><ItemRef><FullName>06-100 Rough Carpentry</FullName></ItemRef><Quantity>2</Quantity><Rate>1500</Rate></EstimateLineAdd>` +
		`<EstimateLineAdd><ItemRef><FullName>09-200 Drywall</FullName></ItemRef><Amount>800.00</Amount></EstimateLineAdd>` +
		`</EstimateAdd></EstimateAddRq>`)
	expectStatus(t, est, 0)
	if got := est.child("EstimateRet").childText("TotalAmount"); got != "3800.00" {
		t.Errorf("estimate TotalAmount = %s", got)
	}
	expectStatus(t, h.one(`<EstimateAddRq><EstimateAdd><CustomerRef><FullName>Nobody</FullName></CustomerRef>`+
		`<EstimateLineAdd><Amount>1</Amount></EstimateLineAdd></EstimateAdd></EstimateAddRq>`), StatusInvalidRef)
	badItem := h.one(`<EstimateAddRq><EstimateAdd>` + job + `<EstimateLineAdd><ItemRef><FullName>nope</FullName></ItemRef></EstimateLineAdd></EstimateAdd></EstimateAddRq>`)
	if !strings.Contains(badItem.attr("statusMessage"), "in the Estimate line.") {
		t.Errorf("line 3140 message: %s", badItem.attr("statusMessage"))
	}

	po := h.one(`<PurchaseOrderAddRq><PurchaseOrderAdd><VendorRef><FullName>Redwood Framing Co.</FullName></VendorRef><RefNumber>PO-1</RefNumber>` +
		`<PurchaseOrderLineAdd><ItemRef><FullName>06-100 Rough Carpentry</FullName></ItemRef><Quantity>1</Quantity><Rate>2500</Rate>` + job + `</PurchaseOrderLineAdd>` +
		`<PurchaseOrderLineAdd><ItemRef><FullName>06-200 Finish Carpentry</FullName></ItemRef><Amount>900</Amount>` + job + `</PurchaseOrderLineAdd>` +
		`</PurchaseOrderAdd></PurchaseOrderAddRq>`).child("PurchaseOrderRet")
	if po.childText("TotalAmount") != "3400.00" || len(po.all("PurchaseOrderLineRet")) != 2 {
		t.Fatalf("PO total %s", po.childText("TotalAmount"))
	}
	// Change order: modify line 1, add a line with TxnLineID -1; line 2 is
	// not listed and so is deleted (QuickBooks' Mod rule).
	line1 := po.all("PurchaseOrderLineRet")[0].childText("TxnLineID")
	mod := `<PurchaseOrderModRq><PurchaseOrderMod><TxnID>` + po.childText("TxnID") + `</TxnID><EditSequence>` + po.childText("EditSequence") +
		`</EditSequence><Memo>CO #1</Memo><PurchaseOrderLineMod><TxnLineID>` + line1 + `</TxnLineID><Rate>2700</Rate></PurchaseOrderLineMod>` +
		`<PurchaseOrderLineMod><TxnLineID>-1</TxnLineID><ItemRef><FullName>Change Order</FullName></ItemRef><Amount>300</Amount></PurchaseOrderLineMod>` +
		`</PurchaseOrderMod></PurchaseOrderModRq>`
	modded := h.one(mod).child("PurchaseOrderRet")
	if modded.childText("TotalAmount") != "3000.00" || len(modded.all("PurchaseOrderLineRet")) != 2 || modded.childText("Memo") != "CO #1" {
		t.Errorf("PO after mod: total %s lines %d", modded.childText("TotalAmount"), len(modded.all("PurchaseOrderLineRet")))
	}
	expectStatus(t, h.one(mod), StatusStaleEditSeq)

	bill := h.one(`<BillAddRq requestID="b-1"><BillAdd><VendorRef><FullName>ACME Lumber &amp; Supply</FullName></VendorRef><TxnDate>2024-03-10</TxnDate>` +
		`<RefNumber>INV-88812</RefNumber><LinkToTxnID>` + po.childText("TxnID") + `</LinkToTxnID>` +
		`<ExpenseLineAdd><AccountRef><FullName>Job Costs:Job Materials</FullName></AccountRef><Amount>150.00</Amount>` + job + `<BillableStatus>NotBillable</BillableStatus></ExpenseLineAdd>` +
		`<ItemLineAdd><ItemRef><FullName>06-100 Rough Carpentry</FullName></ItemRef><Quantity>1</Quantity><Cost>850.00</Cost>` + job + `</ItemLineAdd>` +
		`</BillAdd></BillAddRq>`).child("BillRet")
	if bill.childText("AmountDue") != "1000.00" || bill.childText("DueDate") != "2024-03-20" {
		t.Errorf("bill AmountDue %s DueDate %s", bill.childText("AmountDue"), bill.childText("DueDate"))
	}
	expectStatus(t, h.one(`<BillAddRq><BillAdd><VendorRef><FullName>ACME Lumber &amp; Supply</FullName></VendorRef><LinkToTxnID>9999-1</LinkToTxnID></BillAdd></BillAddRq>`), StatusNotFound)

	h.one(`<CheckAddRq><CheckAdd><AccountRef><FullName>Operating Checking</FullName></AccountRef><PayeeEntityRef><FullName>Home Depot</FullName></PayeeEntityRef>` +
		`<TxnDate>2024-03-11</TxnDate><ExpenseLineAdd><AccountRef><FullName>Job Costs:Job Materials</FullName></AccountRef><Amount>42.17</Amount>` + job + `</ExpenseLineAdd></CheckAdd></CheckAddRq>`)

	// Queries: lines only on request; EntityFilter with children; dates.
	noLines := h.one(`<BillQueryRq><RefNumber>INV-88812</RefNumber></BillQueryRq>`).child("BillRet")
	if noLines.child("ExpenseLineRet") != nil {
		t.Error("lines returned without IncludeLineItems")
	}
	withLines := h.one(`<BillQueryRq><RefNumber>INV-88812</RefNumber><IncludeLineItems>true</IncludeLineItems></BillQueryRq>`).child("BillRet")
	if withLines.child("ItemLineRet").child("CustomerRef").childText("FullName") != "Smith, John:2024-017 Smith Remodel" {
		t.Error("bill line job costing lost")
	}
	expectStatus(t, h.one(`<EstimateQueryRq><EntityFilter><FullNameWithChildren>Smith, John</FullNameWithChildren></EntityFilter></EstimateQueryRq>`), 0)
	expectStatus(t, h.one(`<EstimateQueryRq><EntityFilter><FullName>Smith, John</FullName></EntityFilter></EstimateQueryRq>`), StatusNoMatch)
	expectStatus(t, h.one(`<CheckQueryRq><TxnDateRangeFilter><FromTxnDate>2024-03-11</FromTxnDate></TxnDateRangeFilter><IncludeLineItems>true</IncludeLineItems></CheckQueryRq>`), 0)
	expectStatus(t, h.one(`<PurchaseOrderQueryRq iterator="Start"><RefNumber>PO-1</RefNumber><IncludeLineItems>true</IncludeLineItems></PurchaseOrderQueryRq>`), 0)

	// Deleting shows up in TxnDeletedQuery.
	expectStatus(t, h.one(`<TxnDelRq><TxnDelType>Bill</TxnDelType><TxnID>`+bill.childText("TxnID")+`</TxnID></TxnDelRq>`), 0)
	del := h.one(`<TxnDeletedQueryRq><TxnDelType>Bill</TxnDelType><TxnDelType>PurchaseOrder</TxnDelType></TxnDeletedQueryRq>`)
	if len(del.children) != 1 || del.child("TxnDeletedRet").childText("RefNumber") != "INV-88812" {
		t.Errorf("TxnDeletedQuery: %d rets", len(del.children))
	}
	expectStatus(t, h.one(`<BillQueryRq><RefNumber>INV-88812</RefNumber></BillQueryRq>`), StatusNoMatch)
}

func TestDataExtOnCompany(t *testing.T) {
	h := newHarness(t, false)
	owner := "{57F3B9B1-86F1-4fcc-B1EE-566DE1813D20}"
	add := `<DataExtAddRq><DataExtAdd><OwnerID>` + owner + `</OwnerID><DataExtName>FileID</DataExtName><OtherDataExtType>Company</OtherDataExtType>` +
		`<DataExtValue>{1}</DataExtValue></DataExtAdd></DataExtAddRq>`
	expectStatus(t, h.one(add), 0)
	expectStatus(t, h.one(add), StatusNameInUse)
	expectStatus(t, h.one(`<DataExtModRq><DataExtMod><OwnerID>`+owner+`</OwnerID><DataExtName>FileID</DataExtName><OtherDataExtType>Company</OtherDataExtType>`+
		`<DataExtValue>{2}</DataExtValue></DataExtMod></DataExtModRq>`), 0)
	ret := h.one(`<CompanyQueryRq><OwnerID>` + owner + `</OwnerID></CompanyQueryRq>`).child("CompanyRet").child("DataExtRet")
	if ret.childText("DataExtValue") != "{2}" {
		t.Errorf("DataExtValue = %s", ret.childText("DataExtValue"))
	}
}

func TestFaultInjection(t *testing.T) {
	h := newHarness(t, true)
	h.company.InjectLockError("CustomerAddRq", StatusLockListInUse, 2)
	add := `<CustomerAddRq><CustomerAdd><Name>Locked Out</Name></CustomerAdd></CustomerAddRq>`
	for range 2 {
		rs := h.one(add)
		expectStatus(t, rs, StatusLockListInUse)
		if !strings.Contains(rs.attr("statusMessage"), "modified by another user") {
			t.Errorf("3180 message: %s", rs.attr("statusMessage"))
		}
	}
	expectStatus(t, h.one(add), 0)

	h.company.InjectParseError(1)
	_, err := h.session.ProcessRequest(context.Background(), msgSet("stopOnError", `<VendorQueryRq />`))
	var pe *ProcessorError
	if !errors.As(err, &pe) || pe.HResult != HResultParseError {
		t.Errorf("injected parse error: %v", err)
	}

	h.company.InjectConnectionError(ConnectionFault{}, 1)
	if _, err := h.company.BeginSession(); !errors.As(err, &pe) || pe.HResult != HResultCannotStart {
		t.Errorf("injected connection error: %v", err)
	}
	if s, err := h.company.BeginSession(); err != nil {
		t.Errorf("connection fault did not clear: %v", err)
	} else {
		s.End()
	}

	h.company.SetLatency(20*time.Millisecond, time.Millisecond)
	start := time.Now()
	h.one(`<VendorQueryRq><MaxReturned>10</MaxReturned></VendorQueryRq>`)
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("latency not applied: %v", d)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	if _, err := h.session.ProcessRequest(ctx, msgSet("stopOnError", `<VendorQueryRq />`)); err == nil {
		t.Error("latency ignored the context deadline")
	}
	h.company.SetLatency(0, 0)
}

func TestReferenceFixture(t *testing.T) {
	c, err := NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	if n := c.ListCount(KindVendor); n != 40 {
		t.Errorf("vendors = %d", n)
	}
	if n := c.ListCount(KindCustomer); n != 25 {
		t.Errorf("customers+jobs = %d", n)
	}
	f, err := LoadFixture("testdata/reference_company.json")
	if err != nil {
		t.Fatal(err)
	}
	long := false
	for _, v := range f.Vendors {
		long = long || len([]rune(v.Name)) == 41
	}
	if !long {
		t.Error("fixture lacks a 41-character vendor name")
	}
	// Seeding twice collides on the first account.
	var re *RecordError
	if err := c.Seed(f); !errors.As(err, &re) || re.Code != StatusNameInUse {
		t.Errorf("re-seed: %v", err)
	}
	// Session ended: the ticket is invalid.
	s, _ := c.BeginSession()
	s.End()
	if _, err := s.ProcessRequest(context.Background(), msgSet("stopOnError", `<HostQueryRq />`)); err == nil {
		t.Error("ended session still processes")
	}
}
