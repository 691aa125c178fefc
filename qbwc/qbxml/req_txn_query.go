package qbxml

// The queries below read the transactions that carry job costs besides bills: checks written
// directly, credit-card charges, item receipts (goods received before the bill) and journal
// entries, plus the bill payments that settle bills. All are iterator-capable and share the
// TxnSelection choice; EntityFilter finds a job's transactions, ModifiedDateRangeFilter what
// changed since the last sync.

// BillPaymentCheckQuery reads bill payments made by check (the payments Procore shows on a
// subcontractor invoice). IncludeLineItems returns AppliedToTxnRet, the bills paid.
type BillPaymentCheckQuery struct {
	Iterator
	TxnSelection
	IncludeLineItems *bool
	RetOptions
}

func (BillPaymentCheckQuery) rqName() string { return "BillPaymentCheckQueryRq" }

func (q BillPaymentCheckQuery) writeBody(w *xmlWriter) {
	w.txnSelection(q.TxnSelection, false, nil)
	w.txnQueryTail(q.IncludeLineItems, nil, q.RetOptions)
}

// CheckQuery reads checks (not bill payments): direct job costs on expense and item lines.
type CheckQuery struct {
	Iterator
	TxnSelection
	IncludeLineItems  *bool
	IncludeLinkedTxns *bool
	RetOptions
}

func (CheckQuery) rqName() string { return "CheckQueryRq" }

func (q CheckQuery) writeBody(w *xmlWriter) {
	w.txnSelection(q.TxnSelection, false, nil)
	w.txnQueryTail(q.IncludeLineItems, q.IncludeLinkedTxns, q.RetOptions)
}

// CreditCardChargeQuery reads credit-card charges.
type CreditCardChargeQuery struct {
	Iterator
	TxnSelection
	IncludeLineItems *bool
	RetOptions
}

func (CreditCardChargeQuery) rqName() string { return "CreditCardChargeQueryRq" }

func (q CreditCardChargeQuery) writeBody(w *xmlWriter) {
	w.txnSelection(q.TxnSelection, false, nil)
	w.txnQueryTail(q.IncludeLineItems, nil, q.RetOptions)
}

// ItemReceiptQuery reads item receipts: goods received against a purchase order before the
// vendor's bill arrives.
type ItemReceiptQuery struct {
	Iterator
	TxnSelection
	IncludeLineItems  *bool
	IncludeLinkedTxns *bool
	RetOptions
}

func (ItemReceiptQuery) rqName() string { return "ItemReceiptQueryRq" }

func (q ItemReceiptQuery) writeBody(w *xmlWriter) {
	w.txnSelection(q.TxnSelection, false, nil)
	w.txnQueryTail(q.IncludeLineItems, q.IncludeLinkedTxns, q.RetOptions)
}

// JournalEntryQuery reads journal entries (cost reallocations between jobs, accruals).
type JournalEntryQuery struct {
	Iterator
	TxnSelection
	IncludeLineItems *bool
	RetOptions
}

func (JournalEntryQuery) rqName() string { return "JournalEntryQueryRq" }

func (q JournalEntryQuery) writeBody(w *xmlWriter) {
	w.txnSelection(q.TxnSelection, false, nil)
	w.txnQueryTail(q.IncludeLineItems, nil, q.RetOptions)
}
