package qbsim

import (
	"context"
	"strings"
	"testing"
)

func TestBillModAndEstimateMod(t *testing.T) {
	h := newHarness(t, true)
	bill := h.one(`<BillAddRq><BillAdd><VendorRef><FullName>Delta Drywall</FullName></VendorRef><TxnDate>2024-03-10</TxnDate><RefNumber>DD-1</RefNumber>` +
		`<ExpenseLineAdd><AccountRef><FullName>Job Costs:Job Materials</FullName></AccountRef><Amount>100.00</Amount>` + job + `</ExpenseLineAdd>` +
		`<ExpenseLineAdd><AccountRef><FullName>Job Costs:Job Materials</FullName></AccountRef><Amount>50.00</Amount>` + job + `</ExpenseLineAdd>` +
		`<ItemLineAdd><ItemRef><FullName>09-200 Drywall</FullName></ItemRef><Quantity>2</Quantity><Cost>400</Cost>` + job + `</ItemLineAdd>` +
		`</BillAdd></BillAddRq>`).child("BillRet")
	exp := bill.all("ExpenseLineRet")
	item := bill.child("ItemLineRet")
	modRq := func(body string) string {
		return `<BillModRq><BillMod><TxnID>` + bill.childText("TxnID") + `</TxnID><EditSequence>` + bill.childText("EditSequence") + `</EditSequence>` + body + `</BillMod></BillModRq>`
	}
	// Expense lines: keep line 1 (new amount), drop line 2, add one; item lines untouched.
	m := h.one(modRq(`<Memo>revised</Memo><ExpenseLineMod><TxnLineID>` + exp[0].childText("TxnLineID") + `</TxnLineID><Amount>120.00</Amount></ExpenseLineMod>` +
		`<ExpenseLineMod><TxnLineID>-1</TxnLineID><AccountRef><FullName>Job Costs:Equipment Rental</FullName></AccountRef><Amount>30.00</Amount>` + job + `</ExpenseLineMod>`))
	expectStatus(t, m, 0)
	got := m.child("BillRet")
	if n := len(got.all("ExpenseLineRet")); n != 2 || got.childText("AmountDue") != "950.00" || got.childText("Memo") != "revised" {
		t.Fatalf("after BillMod: %d expense lines, AmountDue %s", n, got.childText("AmountDue"))
	}
	if got.childText("EditSequence") == bill.childText("EditSequence") || got.childText("TimeModified") == bill.childText("TimeModified") {
		t.Error("EditSequence/TimeModified unchanged")
	}
	if got.child("ItemLineRet").childText("TxnLineID") != item.childText("TxnLineID") {
		t.Error("item line lost although no ItemLineMod was sent")
	}
	expectStatus(t, h.one(modRq(`<Memo>stale</Memo>`)), StatusStaleEditSeq)
	bill = got
	// Item line: Cost change recomputes Amount; ClearExpenseLines empties the expense lines.
	m = h.one(modRq(`<ClearExpenseLines>true</ClearExpenseLines><ItemLineMod><TxnLineID>` + item.childText("TxnLineID") + `</TxnLineID><Cost>450</Cost></ItemLineMod>`))
	got = m.child("BillRet")
	if got.child("ExpenseLineRet") != nil || got.childText("AmountDue") != "900.00" {
		t.Errorf("after clear + cost change: AmountDue %s", got.childText("AmountDue"))
	}
	bill = got
	expectStatus(t, h.one(modRq(`<ItemLineMod><TxnLineID>999-1</TxnLineID><Cost>1</Cost></ItemLineMod>`)), StatusNotFound)
	expectStatus(t, h.one(`<BillModRq><BillMod><TxnID>FFFF-1</TxnID><EditSequence>1</EditSequence></BillMod></BillModRq>`), StatusNotFound)
	expectStatus(t, h.one(modRq(`<VendorRef><FullName>Nobody</FullName></VendorRef>`)), StatusInvalidRef)

	est := h.one(`<EstimateAddRq><EstimateAdd>` + job + `<RefNumber>B-1</RefNumber>` +
		`<EstimateLineAdd><ItemRef><FullName>06-100 Rough Carpentry</FullName></ItemRef><Quantity>2</Quantity><Rate>1500</Rate></EstimateLineAdd>` +
		`<EstimateLineAdd><ItemRef><FullName>09-200 Drywall</FullName></ItemRef><Amount>800.00</Amount></EstimateLineAdd>` +
		`</EstimateAdd></EstimateAddRq>`).child("EstimateRet")
	l1 := est.child("EstimateLineRet").childText("TxnLineID")
	estMod := `<EstimateModRq><EstimateMod><TxnID>` + est.childText("TxnID") + `</TxnID><EditSequence>` + est.childText("EditSequence") + `</EditSequence>` +
		`<Memo>Budget rev 1</Memo><EstimateLineMod><TxnLineID>` + l1 + `</TxnLineID><Quantity>3</Quantity></EstimateLineMod>` +
		`<EstimateLineMod><TxnLineID>-1</TxnLineID><ItemRef><FullName>Change Order</FullName></ItemRef><Amount>250.00</Amount></EstimateLineMod></EstimateMod></EstimateModRq>`
	e := h.one(estMod).child("EstimateRet")
	if e.childText("TotalAmount") != "4750.00" || len(e.all("EstimateLineRet")) != 2 || e.childText("Memo") != "Budget rev 1" {
		t.Errorf("after EstimateMod: total %s, %d lines", e.childText("TotalAmount"), len(e.all("EstimateLineRet")))
	}
	expectStatus(t, h.one(estMod), StatusStaleEditSeq)
	// Header-only Mod keeps the lines.
	e2 := h.one(`<EstimateModRq><EstimateMod><TxnID>` + e.childText("TxnID") + `</TxnID><EditSequence>` + e.childText("EditSequence") + `</EditSequence><PONumber>PO-9</PONumber></EstimateMod></EstimateModRq>`).child("EstimateRet")
	if len(e2.all("EstimateLineRet")) != 2 || e2.childText("PONumber") != "PO-9" {
		t.Errorf("header-only EstimateMod lost lines")
	}
}

func TestRollbackOnError(t *testing.T) {
	h := newHarness(t, true)
	bills := h.company.TxnCount(TxnBill)
	vendors := h.company.ListCount(KindVendor)
	cust := h.one(`<CustomerQueryRq><FullName>Walk-in Customer</FullName></CustomerQueryRq>`).child("CustomerRet")
	rs := h.do("rollbackOnError",
		`<VendorAddRq requestID="1"><VendorAdd><Name>Rollback Vendor</Name></VendorAdd></VendorAddRq>`,
		`<BillAddRq requestID="2"><BillAdd><VendorRef><FullName>Rollback Vendor</FullName></VendorRef><ExpenseLineAdd><AccountRef><FullName>Job Costs:Job Materials</FullName></AccountRef><Amount>5</Amount></ExpenseLineAdd></BillAdd></BillAddRq>`,
		`<CustomerModRq requestID="3"><CustomerMod><ListID>`+cust.childText("ListID")+`</ListID><EditSequence>`+cust.childText("EditSequence")+`</EditSequence><Phone>555-0100</Phone></CustomerMod></CustomerModRq>`,
		`<CustomerQueryRq requestID="4"><FullName>Walk-in Customer</FullName></CustomerQueryRq>`,
		`<BillAddRq requestID="5"><BillAdd><VendorRef><FullName>Nobody</FullName></VendorRef></BillAdd></BillAddRq>`,
		`<VendorAddRq requestID="6"><VendorAdd><Name>Never Added</Name></VendorAdd></VendorAddRq>`)
	for i, want := range []int{StatusNotProcessed, StatusNotProcessed, StatusNotProcessed, 0, StatusInvalidRef, StatusNotProcessed} {
		expectStatus(t, rs[i], want)
		if rs[i].attr("requestID") != string(rune('1'+i)) {
			t.Errorf("requestID %s", rs[i].attr("requestID"))
		}
	}
	if !strings.Contains(rs[0].attr("statusMessage"), "rolled back") || rs[0].child("VendorRet") != nil {
		t.Errorf("rolled-back response: %v", rs[0])
	}
	if h.company.TxnCount(TxnBill) != bills || h.company.ListCount(KindVendor) != vendors {
		t.Error("rollback left records behind")
	}
	after := h.one(`<CustomerQueryRq><FullName>Walk-in Customer</FullName></CustomerQueryRq>`).child("CustomerRet")
	if after.childText("Phone") != "" || after.childText("EditSequence") != cust.childText("EditSequence") {
		t.Error("CustomerMod not rolled back")
	}
	// The name is free again and the company keeps working after a restore.
	expectStatus(t, h.one(`<VendorAddRq><VendorAdd><Name>Rollback Vendor</Name></VendorAdd></VendorAddRq>`), 0)
	expectStatus(t, h.one(`<CustomerModRq><CustomerMod><ListID>`+cust.childText("ListID")+`</ListID><EditSequence>`+cust.childText("EditSequence")+`</EditSequence><Phone>555-0101</Phone></CustomerMod></CustomerModRq>`), 0)
	// A set that succeeds keeps its changes.
	ok := h.do("rollbackOnError", `<VendorAddRq><VendorAdd><Name>Kept Vendor</Name></VendorAdd></VendorAddRq>`)
	expectStatus(t, ok[0], 0)
	expectStatus(t, h.one(`<VendorQueryRq><FullName>Kept Vendor</FullName></VendorQueryRq>`), 0)
}

func recoverySet(attrs string, requests ...string) string {
	return `<?xml version="1.0" encoding="utf-8"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError"` + attrs + `>` +
		strings.Join(requests, "") + `</QBXMLMsgsRq></QBXML>`
}

func TestErrorRecoveryResendDoesNotDuplicate(t *testing.T) {
	h := newHarness(t, true)
	bills := h.company.TxnCount(TxnBill)
	add := `<BillAddRq requestID="7"><BillAdd><VendorRef><FullName>Sierra Roofing</FullName></VendorRef><RefNumber>SR-9</RefNumber>` +
		`<ItemLineAdd><ItemRef><FullName>07-500 Roofing</FullName></ItemRef><Amount>4200.00</Amount>` + job + `</ItemLineAdd></BillAdd></BillAddRq>`
	set := recoverySet(` newMessageSetID="ms-1"`, add)
	h.schema.check("recovery-rq", set)
	// First send: processed, but the response is "lost" (we drop it).
	first := h.doUnchecked(set)
	expectStatus(t, first[0], 0)
	txnID := first[0].child("BillRet").childText("TxnID")

	// A new session (the Web Connector reconnects) asks about the set.
	s2, err := h.company.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s2.End()
	check := recoverySet(` oldMessageSetID="ms-1" newMessageSetID="ms-1"`)
	h.schema.check("recovery-check-rq", check)
	resp, err := s2.ProcessRequest(context.Background(), check)
	if err != nil {
		t.Fatal(err)
	}
	h.schema.check("recovery-check-rs", resp)
	root, _, _ := parseXML(resp)
	msgs := root.child("QBXMLMsgsRs")
	if msgs.attr("messageSetStatusCode") != "0" || msgs.attr("newMessageSetID") != "ms-1" ||
		msgs.child("BillAddRs").child("BillRet").childText("TxnID") != txnID || msgs.child("BillAddRs").attr("requestID") != "7" {
		t.Fatalf("status check: %s", resp)
	}
	// Resending the same set with the same newMessageSetID answers the stored response.
	again := h.doUnchecked(set)
	if again[0].child("BillRet").childText("TxnID") != txnID {
		t.Error("resend ran the BillAdd again")
	}
	if n := h.company.TxnCount(TxnBill); n != bills+1 {
		t.Errorf("bills = %d, want %d (no duplicate)", n, bills+1)
	}
	// Old ID only, no requests: also a status check.
	rs := h.doUnchecked(recoverySet(` oldMessageSetID="ms-1"`))
	if len(rs) != 1 {
		t.Errorf("old-only status check returned %d responses", len(rs))
	}
	// The same ID reused for a different request: 9001, nothing runs.
	other := recoverySet(` newMessageSetID="ms-1"`, `<VendorAddRq><VendorAdd><Name>Checksum Vendor</Name></VendorAdd></VendorAddRq>`)
	resp, _ = h.session.ProcessRequest(context.Background(), other)
	h.schema.check("recovery-9001-rs", resp)
	if !strings.Contains(resp, `messageSetStatusCode="9001"`) || strings.Contains(resp, "VendorAddRs") {
		t.Errorf("reused ID: %s", resp)
	}
	// Unknown ID: 600, no responses.
	resp, _ = h.session.ProcessRequest(context.Background(), recoverySet(` oldMessageSetID="nope" newMessageSetID="nope"`))
	h.schema.check("recovery-600-rs", resp)
	if !strings.Contains(resp, `messageSetStatusCode="600"`) {
		t.Errorf("unknown ID: %s", resp)
	}
	// Moving on: old != new forgets the old set and runs the new one.
	next := h.doUnchecked(recoverySet(` oldMessageSetID="ms-1" newMessageSetID="ms-2"`, `<VendorAddRq><VendorAdd><Name>Next Vendor</Name></VendorAdd></VendorAddRq>`))
	expectStatus(t, next[0], 0)
	resp, _ = h.session.ProcessRequest(context.Background(), recoverySet(` oldMessageSetID="ms-1" newMessageSetID="ms-1"`))
	h.schema.check("recovery-forgotten-rs", resp)
	if !strings.Contains(resp, `messageSetStatusCode="600"`) {
		t.Errorf("ms-1 not forgotten: %s", resp)
	}
	resp, _ = h.session.ProcessRequest(context.Background(), recoverySet(` oldMessageSetID="ClearAllMessageSets"`))
	h.schema.check("recovery-clear-rs", resp)
	resp, _ = h.session.ProcessRequest(context.Background(), recoverySet(` oldMessageSetID="ms-2" newMessageSetID="ms-2"`))
	h.schema.check("recovery-cleared-rs", resp)
	if !strings.Contains(resp, `messageSetStatusCode="600"`) {
		t.Errorf("ClearAllMessageSets did not clear: %s", resp)
	}
}
