package qbxml

import "time"

// NewTxnLineID is the TxnLineID of a line added by a Mod request (EstimateLineMod,
// PurchaseOrderLineMod): QuickBooks assigns the real ID. A Procore change order becomes such a
// line on the commitment's purchase order.
const NewTxnLineID = "-1"

// Estimate is a QuickBooks estimate — a Procore budget for a job (CustomerRef is the job,
// "Customer:Job"). The struct serves EstimateAdd and EstimateMod; CreateChangeOrder exists only
// on Mod, ExternalGUID only on Add. Not supported: ExchangeRate (multi-currency) and the
// item-group lines (EstimateLineGroupAdd/Mod).
type Estimate struct {
	CustomerRef       *Ref // the job; required for Add
	ClassRef          *Ref
	TemplateRef       *Ref
	TxnDate           time.Time
	RefNumber         string // ≤11
	BillAddress       *Address
	ShipAddress       *Address
	IsActive          *bool // false marks the estimate inactive (no longer a live budget)
	CreateChangeOrder *bool // Mod only: QuickBooks Contractor records the change as a change order
	PONumber          string
	TermsRef          *Ref
	DueDate           time.Time
	SalesRepRef       *Ref
	FOB               string
	ItemSalesTaxRef   *Ref
	Memo              string
	CustomerMsgRef    *Ref
	IsToBeEmailed     *bool
	IsTaxIncluded     *bool
	// CustomerSalesTaxCodeRef is the customer's tax code on this estimate ("Tax", "Non").
	CustomerSalesTaxCodeRef *Ref
	Other                   string
	ExternalGUID            string // Add only
}

// EstimateLine is one budget line: a cost-code item with quantity and rate, or an amount. On
// EstimateMod every line needs TxnLineID — the existing line's ID, or NewTxnLineID to add one;
// on EstimateAdd TxnLineID must be empty. Rate and RatePercent are alternatives, and so are
// MarkupRate and MarkupRatePercent. OverrideItemAccountRef exists only on Add. Not supported:
// UnitOfMeasure overrides (OverrideUOMSetRef), TaxAmount, PriceLevelRef, inventory sites, DataExt.
type EstimateLine struct {
	TxnLineID              string // Mod only
	ItemRef                *Ref
	Desc                   string
	Quantity               Decimal
	UnitOfMeasure          string
	Rate                   Decimal
	RatePercent            Decimal
	ClassRef               *Ref
	Amount                 Decimal
	SalesTaxCodeRef        *Ref
	MarkupRate             Decimal
	MarkupRatePercent      Decimal
	OverrideItemAccountRef *Ref // Add only
	Other1                 string
	Other2                 string
}

// EstimateAdd creates an estimate; it needs at least one line.
type EstimateAdd struct {
	Estimate
	Lines             []EstimateLine
	IncludeRetElement []string
}

func (EstimateAdd) rqName() string { return "EstimateAddRq" }

func (r EstimateAdd) writeBody(w *xmlWriter) {
	w.open("EstimateAdd")
	w.requiredRef("CustomerRef", r.CustomerRef, 209)
	r.Estimate.write(w, false)
	if len(r.Lines) == 0 {
		w.invalid("EstimateLineAdd", "", "an estimate needs at least one line")
	}
	for i := range r.Lines {
		r.Lines[i].write(w, false)
	}
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

// EstimateMod changes an estimate; TxnID and EditSequence come from the last read. Lines may be
// empty to change only the header. When any line is sent, QuickBooks keeps exactly the lines
// sent: existing lines left out of the request are deleted, so a Mod that changes one line must
// repeat the others by TxnLineID (Intuit, "Modify, delete and void requests and responses").
type EstimateMod struct {
	TxnID        string
	EditSequence string
	Estimate
	Lines             []EstimateLine
	IncludeRetElement []string
}

func (EstimateMod) rqName() string { return "EstimateModRq" }

func (r EstimateMod) writeBody(w *xmlWriter) {
	w.open("EstimateMod")
	w.requiredID("TxnID", r.TxnID, 36)
	w.requiredID("EditSequence", r.EditSequence, 16)
	w.ref("CustomerRef", r.CustomerRef, 209)
	r.Estimate.write(w, true)
	for i := range r.Lines {
		r.Lines[i].write(w, true)
	}
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

// write emits the header after CustomerRef in EstimateAdd/EstimateMod schema order.
func (e Estimate) write(w *xmlWriter, mod bool) {
	if mod && e.ExternalGUID != "" {
		w.invalid("ExternalGUID", e.ExternalGUID, "exists only on EstimateAdd")
	}
	if !mod && e.CreateChangeOrder != nil {
		w.invalid("CreateChangeOrder", "", "exists only on EstimateMod")
	}
	w.ref("ClassRef", e.ClassRef, 159)
	w.ref("TemplateRef", e.TemplateRef, 31)
	w.date("TxnDate", e.TxnDate)
	w.text("RefNumber", e.RefNumber, 11)
	w.address("BillAddress", e.BillAddress)
	w.address("ShipAddress", e.ShipAddress)
	w.boolean("IsActive", e.IsActive)
	if mod {
		w.boolean("CreateChangeOrder", e.CreateChangeOrder)
	}
	w.text("PONumber", e.PONumber, 25)
	w.ref("TermsRef", e.TermsRef, 31)
	w.date("DueDate", e.DueDate)
	w.ref("SalesRepRef", e.SalesRepRef, 5)
	w.text("FOB", e.FOB, 13)
	w.ref("ItemSalesTaxRef", e.ItemSalesTaxRef, 31)
	w.text("Memo", e.Memo, 4095)
	w.ref("CustomerMsgRef", e.CustomerMsgRef, 101)
	w.boolean("IsToBeEmailed", e.IsToBeEmailed)
	w.boolean("IsTaxIncluded", e.IsTaxIncluded)
	w.ref("CustomerSalesTaxCodeRef", e.CustomerSalesTaxCodeRef, 3)
	w.text("Other", e.Other, 29)
	if !mod {
		w.guid("ExternalGUID", e.ExternalGUID)
	}
}

// lineID checks and writes the TxnLineID of a Mod line, or refuses one on an Add line.
func (w *xmlWriter) lineID(element, id string, mod bool) {
	switch {
	case mod:
		if id == "" {
			w.invalid("TxnLineID", "", `is required on `+element+` (the line's TxnLineID, or "-1" for a new line)`)
			return
		}
		w.id("TxnLineID", id, 36)
	case id != "":
		w.invalid("TxnLineID", id, "exists only on Mod lines")
	}
}

func (l *EstimateLine) write(w *xmlWriter, mod bool) {
	if w.err != nil {
		return
	}
	name := "EstimateLineAdd"
	if mod {
		name = "EstimateLineMod"
	}
	w.open(name)
	w.lineID(name, l.TxnLineID, mod)
	if l.Rate != "" && l.RatePercent != "" {
		w.invalid("Rate", string(l.Rate), "set Rate or RatePercent, not both")
	}
	if l.MarkupRate != "" && l.MarkupRatePercent != "" {
		w.invalid("MarkupRate", string(l.MarkupRate), "set MarkupRate or MarkupRatePercent, not both")
	}
	if mod && l.OverrideItemAccountRef != nil {
		w.invalid("OverrideItemAccountRef", "", "exists only on EstimateLineAdd")
	}
	w.ref("ItemRef", l.ItemRef, 0)
	w.text("Desc", l.Desc, 4095)
	w.quantity("Quantity", l.Quantity)
	w.text("UnitOfMeasure", l.UnitOfMeasure, 31)
	w.quantity("Rate", l.Rate)
	w.quantity("RatePercent", l.RatePercent)
	w.ref("ClassRef", l.ClassRef, 159)
	w.amount("Amount", l.Amount)
	w.ref("SalesTaxCodeRef", l.SalesTaxCodeRef, 3)
	w.quantity("MarkupRate", l.MarkupRate)
	w.quantity("MarkupRatePercent", l.MarkupRatePercent)
	if !mod {
		w.ref("OverrideItemAccountRef", l.OverrideItemAccountRef, 159)
	}
	w.text("Other1", l.Other1, 29)
	w.text("Other2", l.Other2, 29)
	w.close()
}

// EstimateQuery reads estimates. It is iterator-capable.
type EstimateQuery struct {
	Iterator
	TxnSelection
	IncludeLineItems  *bool
	IncludeLinkedTxns *bool
	RetOptions
}

func (EstimateQuery) rqName() string { return "EstimateQueryRq" }

func (q EstimateQuery) writeBody(w *xmlWriter) {
	w.txnSelection(q.TxnSelection, false, nil)
	w.txnQueryTail(q.IncludeLineItems, q.IncludeLinkedTxns, q.RetOptions)
}
