package qbrefresh_test

import (
	"strings"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/qbrefresh"
	"joblink/qbwc/qbsim"
)

// Without WithDeletedTransactions no TxnDeletedQuery is sent: no transaction is mirrored yet.
func TestNoTransactionDeletionQueryUnlessAsked(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.run()
	h.clock.Advance(time.Minute)
	if rep := h.run(); strings.Contains(rep.requests[0], "TxnDeletedQueryRq") {
		t.Errorf("asked for deleted transactions:\n%s", rep.requests[0])
	}
}

// With the types a document flow creates, deleted transactions of those types are told to the
// sink by TxnID and RefNumber, in the same request set, once.
func TestDeletedBillsAreToldWhenAskedFor(t *testing.T) {
	t.Parallel()
	h := newHarness(t, qbrefresh.WithDeletedTransactions("Bill", "PurchaseOrder"))
	sink := h.withSink()
	vendor := h.addVendors(1, "Billing Vendor")[0]
	bill := func(ref string) string {
		id, err := h.company.AddTransaction(qbsim.Transaction{Type: "Bill", Vendor: vendor, Ref: ref,
			ExpenseLines: []qbsim.ExpenseLine{{Account: "Job Costs:Subcontractors", Amount: "100.00"}}})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	old, kept := bill("B-OLD"), bill("B-KEPT")
	h.qbxml(`<TxnDelRq><TxnDelType>Bill</TxnDelType><TxnID>`+old+`</TxnID></TxnDelRq>`, "TxnID")
	h.clock.Advance(time.Minute)

	// The first time there is no history: everything QuickBooks keeps is told (the sync engine
	// changes nothing for a transaction nothing is linked to).
	rep := h.run()
	if !strings.Contains(rep.requests[0], `<TxnDeletedQueryRq requestID="deleted-txns"><TxnDelType>Bill</TxnDelType><TxnDelType>PurchaseOrder</TxnDelType></TxnDeletedQueryRq>`) {
		t.Errorf("no unfiltered transaction deletion query:\n%s", rep.requests[0])
	}
	if told := sink.take(); len(told) != 1 || told[0].Ref != (engine.QBRef{TxnID: old, FullName: "B-OLD"}) || told[0].What != "bill" || told[0].At == "" {
		t.Errorf("told %+v", told)
	}

	h.clock.Advance(time.Minute)
	at := h.qbxml(`<TxnDelRq><TxnDelType>Bill</TxnDelType><TxnID>`+kept+`</TxnID></TxnDelRq>`, "TimeDeleted")
	h.clock.Advance(time.Minute)
	rep = h.run()
	if rep.roundTrips() != 1 || !strings.Contains(rep.requests[0], "<FromDeletedDate>") || !strings.Contains(rep.summary, "1 transaction deleted in QuickBooks") {
		t.Errorf("%d request sets, summary %q:\n%s", rep.roundTrips(), rep.summary, rep.requests[0])
	}
	if told := sink.take(); len(told) != 1 || told[0].Ref.TxnID != kept || told[0].At != at {
		t.Errorf("told %+v", told)
	}
	h.clock.Advance(time.Minute)
	if rep := h.run(); len(sink.take()) != 0 || rep.summary != "QuickBooks lists are up to date" {
		t.Errorf("a quiet session told the sink again; summary %q", rep.summary)
	}
}
