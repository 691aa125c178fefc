package qbxml

import "time"

// BillAdd creates a vendor bill — a subcontractor invoice or supplier bill from Procore. Each
// line's CustomerRef is the job the cost belongs to. LinkToTxnIDs links whole purchase orders
// (or item receipts): QuickBooks then brings their open lines into the bill. Not supported:
// ExchangeRate, the item-group lines (ItemGroupLineAdd) and the 16.0-only header ClassRef.
// There is no retainage element in qbXML: retainage is a negative line to a retainage account.
type BillAdd struct {
	VendorRef         *Ref // required
	VendorAddress     *Address
	APAccountRef      *Ref
	TxnDate           time.Time
	DueDate           time.Time
	RefNumber         string // ≤20: the vendor's invoice number
	TermsRef          *Ref
	Memo              string
	IsTaxIncluded     *bool
	SalesTaxCodeRef   *Ref
	ExternalGUID      string
	LinkToTxnIDs      []string
	ExpenseLines      []ExpenseLineAdd
	ItemLines         []ItemLineAdd
	IncludeRetElement []string
}

// ExpenseLineAdd is a cost posted straight to an account (bills; the same element serves checks
// and credit-card charges). BillableStatus is Billable, NotBillable or HasBeenBilled.
type ExpenseLineAdd struct {
	AccountRef      *Ref
	Amount          Decimal
	Memo            string
	CustomerRef     *Ref // the job
	ClassRef        *Ref
	SalesTaxCodeRef *Ref
	BillableStatus  string
	SalesRepRef     *Ref
}

// ItemLineAdd is a cost posted through an item (a cost code): Quantity × Cost, or Amount.
// LinkToTxn receives one line of a purchase order. Not supported: inventory sites, serial and
// lot numbers, TaxAmount, DataExt.
type ItemLineAdd struct {
	ItemRef                *Ref
	Desc                   string
	Quantity               Decimal
	UnitOfMeasure          string
	Cost                   Decimal // unit cost (PRICETYPE: up to 5 decimals)
	Amount                 Decimal
	CustomerRef            *Ref // the job
	ClassRef               *Ref
	SalesTaxCodeRef        *Ref
	BillableStatus         string
	OverrideItemAccountRef *Ref
	LinkToTxn              *LinkToTxn
	SalesRepRef            *Ref
}

// LinkToTxn names one line of another transaction (a purchase-order line) that an item line
// receives.
type LinkToTxn struct {
	TxnID     string
	TxnLineID string
}

func (BillAdd) rqName() string { return "BillAddRq" }

func (r BillAdd) writeBody(w *xmlWriter) {
	w.open("BillAdd")
	w.requiredRef("VendorRef", r.VendorRef, 41)
	w.address("VendorAddress", r.VendorAddress)
	w.ref("APAccountRef", r.APAccountRef, 159)
	w.date("TxnDate", r.TxnDate)
	w.date("DueDate", r.DueDate)
	w.text("RefNumber", r.RefNumber, 20)
	w.ref("TermsRef", r.TermsRef, 31)
	w.text("Memo", r.Memo, 4095)
	w.boolean("IsTaxIncluded", r.IsTaxIncluded)
	w.ref("SalesTaxCodeRef", r.SalesTaxCodeRef, 3)
	w.guid("ExternalGUID", r.ExternalGUID)
	for _, id := range r.LinkToTxnIDs {
		w.id("LinkToTxnID", id, 36)
	}
	for i := range r.ExpenseLines {
		r.ExpenseLines[i].write(w)
	}
	for i := range r.ItemLines {
		r.ItemLines[i].write(w)
	}
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

func (l *ExpenseLineAdd) write(w *xmlWriter) {
	if w.err != nil {
		return
	}
	w.open("ExpenseLineAdd")
	w.ref("AccountRef", l.AccountRef, 159)
	w.amount("Amount", l.Amount)
	w.text("Memo", l.Memo, 4095)
	w.ref("CustomerRef", l.CustomerRef, 209)
	w.ref("ClassRef", l.ClassRef, 159)
	w.ref("SalesTaxCodeRef", l.SalesTaxCodeRef, 3)
	w.enum("BillableStatus", l.BillableStatus, billableStatuses...)
	w.ref("SalesRepRef", l.SalesRepRef, 5)
	w.close()
}

func (l *ItemLineAdd) write(w *xmlWriter) {
	if w.err != nil {
		return
	}
	w.open("ItemLineAdd")
	w.ref("ItemRef", l.ItemRef, 0)
	w.text("Desc", l.Desc, 4095)
	w.quantity("Quantity", l.Quantity)
	w.text("UnitOfMeasure", l.UnitOfMeasure, 31)
	w.quantity("Cost", l.Cost)
	w.amount("Amount", l.Amount)
	w.ref("CustomerRef", l.CustomerRef, 209)
	w.ref("ClassRef", l.ClassRef, 159)
	w.ref("SalesTaxCodeRef", l.SalesTaxCodeRef, 3)
	w.enum("BillableStatus", l.BillableStatus, billableStatuses...)
	w.ref("OverrideItemAccountRef", l.OverrideItemAccountRef, 159)
	if lt := l.LinkToTxn; lt != nil && w.err == nil {
		w.open("LinkToTxn")
		w.requiredID("TxnID", lt.TxnID, 36)
		w.requiredID("TxnLineID", lt.TxnLineID, 36)
		w.close()
	}
	w.ref("SalesRepRef", l.SalesRepRef, 5)
	w.close()
}

// PaidStatus values of BillQuery.
const (
	PaidAll     = "All"
	PaidOnly    = "PaidOnly"
	NotPaidOnly = "NotPaidOnly"
)

// BillQuery reads bills. It is iterator-capable.
type BillQuery struct {
	Iterator
	TxnSelection
	PaidStatus        string // filter only: PaidAll, PaidOnly, NotPaidOnly
	IncludeLineItems  *bool
	IncludeLinkedTxns *bool // the POs received and the payments applied
	RetOptions
}

func (BillQuery) rqName() string { return "BillQueryRq" }

func (q BillQuery) writeBody(w *xmlWriter) {
	w.txnSelection(q.TxnSelection, q.PaidStatus != "", func() {
		w.enum("PaidStatus", q.PaidStatus, PaidAll, PaidOnly, NotPaidOnly)
	})
	w.txnQueryTail(q.IncludeLineItems, q.IncludeLinkedTxns, q.RetOptions)
}
