package qbxml

import "time"

// PurchaseOrder is a QuickBooks purchase order — a Procore commitment (subcontract or purchase
// order) with a vendor; each line's CustomerRef is the job the cost belongs to. The struct serves
// PurchaseOrderAdd and PurchaseOrderMod; IsManuallyClosed exists only on Mod, ExternalGUID only
// on Add. Not supported: InventorySiteRef (the alternative to ShipToEntityRef), ExchangeRate and
// the item-group lines (PurchaseOrderLineGroupAdd/Mod).
type PurchaseOrder struct {
	VendorRef        *Ref // optional in the schema
	ClassRef         *Ref
	ShipToEntityRef  *Ref // e.g. the job, so the PO prints the job site
	TemplateRef      *Ref
	TxnDate          time.Time
	RefNumber        string // ≤11
	VendorAddress    *Address
	ShipAddress      *Address
	TermsRef         *Ref
	DueDate          time.Time
	ExpectedDate     time.Time
	ShipMethodRef    *Ref
	FOB              string
	IsManuallyClosed *bool // Mod only
	Memo             string
	VendorMsg        string
	IsToBePrinted    *bool
	IsToBeEmailed    *bool
	IsTaxIncluded    *bool
	SalesTaxCodeRef  *Ref
	Other1           string // ≤25
	Other2           string // ≤29
	ExternalGUID     string // Add only
}

// PurchaseOrderLine is one commitment line. On PurchaseOrderMod every line needs TxnLineID — the
// existing line's ID, or NewTxnLineID to add one (a change order); on PurchaseOrderAdd TxnLineID
// must be empty. IsManuallyClosed exists only on Mod lines. Not supported: OverrideUOMSetRef,
// TaxAmount, InventorySiteLocationRef, DataExt.
type PurchaseOrderLine struct {
	TxnLineID              string // Mod only
	ItemRef                *Ref
	ManufacturerPartNumber string
	Desc                   string
	Quantity               Decimal
	UnitOfMeasure          string
	Rate                   Decimal
	ClassRef               *Ref
	Amount                 Decimal
	CustomerRef            *Ref // the job being costed
	ServiceDate            time.Time
	SalesTaxCodeRef        *Ref
	IsManuallyClosed       *bool // Mod only
	OverrideItemAccountRef *Ref
	Other1                 string
	Other2                 string
}

// PurchaseOrderAdd creates a purchase order; it needs at least one line.
type PurchaseOrderAdd struct {
	PurchaseOrder
	Lines             []PurchaseOrderLine
	IncludeRetElement []string
}

func (PurchaseOrderAdd) rqName() string { return "PurchaseOrderAddRq" }

func (r PurchaseOrderAdd) writeBody(w *xmlWriter) {
	w.open("PurchaseOrderAdd")
	r.PurchaseOrder.write(w, false)
	if len(r.Lines) == 0 {
		w.invalid("PurchaseOrderLineAdd", "", "a purchase order needs at least one line")
	}
	for i := range r.Lines {
		r.Lines[i].write(w, false)
	}
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

// PurchaseOrderMod changes a purchase order; TxnID and EditSequence come from the last read.
// Lines may be empty to change only the header. When any line is sent, QuickBooks keeps exactly
// the lines sent: existing lines left out are deleted, so a change order repeats the existing
// lines by TxnLineID and adds its own with NewTxnLineID.
type PurchaseOrderMod struct {
	TxnID        string
	EditSequence string
	PurchaseOrder
	Lines             []PurchaseOrderLine
	IncludeRetElement []string
}

func (PurchaseOrderMod) rqName() string { return "PurchaseOrderModRq" }

func (r PurchaseOrderMod) writeBody(w *xmlWriter) {
	w.open("PurchaseOrderMod")
	w.requiredID("TxnID", r.TxnID, 36)
	w.requiredID("EditSequence", r.EditSequence, 16)
	r.PurchaseOrder.write(w, true)
	for i := range r.Lines {
		r.Lines[i].write(w, true)
	}
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

// write emits the header in PurchaseOrderAdd/PurchaseOrderMod schema order.
func (p PurchaseOrder) write(w *xmlWriter, mod bool) {
	if mod && p.ExternalGUID != "" {
		w.invalid("ExternalGUID", p.ExternalGUID, "exists only on PurchaseOrderAdd")
	}
	if !mod && p.IsManuallyClosed != nil {
		w.invalid("IsManuallyClosed", "", "exists only on PurchaseOrderMod")
	}
	w.ref("VendorRef", p.VendorRef, 41)
	w.ref("ClassRef", p.ClassRef, 159)
	w.ref("ShipToEntityRef", p.ShipToEntityRef, 209)
	w.ref("TemplateRef", p.TemplateRef, 31)
	w.date("TxnDate", p.TxnDate)
	w.text("RefNumber", p.RefNumber, 11)
	w.address("VendorAddress", p.VendorAddress)
	w.address("ShipAddress", p.ShipAddress)
	w.ref("TermsRef", p.TermsRef, 31)
	w.date("DueDate", p.DueDate)
	w.date("ExpectedDate", p.ExpectedDate)
	w.ref("ShipMethodRef", p.ShipMethodRef, 15)
	w.text("FOB", p.FOB, 13)
	if mod {
		w.boolean("IsManuallyClosed", p.IsManuallyClosed)
	}
	w.text("Memo", p.Memo, 4095)
	w.text("VendorMsg", p.VendorMsg, 99)
	w.boolean("IsToBePrinted", p.IsToBePrinted)
	w.boolean("IsToBeEmailed", p.IsToBeEmailed)
	w.boolean("IsTaxIncluded", p.IsTaxIncluded)
	w.ref("SalesTaxCodeRef", p.SalesTaxCodeRef, 3)
	w.text("Other1", p.Other1, 25)
	w.text("Other2", p.Other2, 29)
	if !mod {
		w.guid("ExternalGUID", p.ExternalGUID)
	}
}

func (l *PurchaseOrderLine) write(w *xmlWriter, mod bool) {
	if w.err != nil {
		return
	}
	name := "PurchaseOrderLineAdd"
	if mod {
		name = "PurchaseOrderLineMod"
	}
	w.open(name)
	w.lineID(name, l.TxnLineID, mod)
	if !mod && l.IsManuallyClosed != nil {
		w.invalid("IsManuallyClosed", "", "exists only on PurchaseOrderLineMod")
	}
	w.ref("ItemRef", l.ItemRef, 0)
	w.text("ManufacturerPartNumber", l.ManufacturerPartNumber, 31)
	w.text("Desc", l.Desc, 4095)
	w.quantity("Quantity", l.Quantity)
	w.text("UnitOfMeasure", l.UnitOfMeasure, 31)
	w.quantity("Rate", l.Rate)
	w.ref("ClassRef", l.ClassRef, 159)
	w.amount("Amount", l.Amount)
	w.ref("CustomerRef", l.CustomerRef, 209)
	w.date("ServiceDate", l.ServiceDate)
	w.ref("SalesTaxCodeRef", l.SalesTaxCodeRef, 3)
	if mod {
		w.boolean("IsManuallyClosed", l.IsManuallyClosed)
	}
	w.ref("OverrideItemAccountRef", l.OverrideItemAccountRef, 159)
	w.text("Other1", l.Other1, 29)
	w.text("Other2", l.Other2, 29)
	w.close()
}

// PurchaseOrderQuery reads purchase orders. It is iterator-capable.
type PurchaseOrderQuery struct {
	Iterator
	TxnSelection
	IncludeLineItems  *bool
	IncludeLinkedTxns *bool // the bills and item receipts received against each PO
	RetOptions
}

func (PurchaseOrderQuery) rqName() string { return "PurchaseOrderQueryRq" }

func (q PurchaseOrderQuery) writeBody(w *xmlWriter) {
	w.txnSelection(q.TxnSelection, false, nil)
	w.txnQueryTail(q.IncludeLineItems, q.IncludeLinkedTxns, q.RetOptions)
}
