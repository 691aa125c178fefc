package qbxml

// ItemService is a service item — how Joblink represents a Procore cost code. The same struct
// serves ItemServiceAdd and ItemServiceMod so both are written by one ordered function and cannot
// drift apart; fields that exist in only one of them are noted.
type ItemService struct {
	Name                string // ≤31; required for Add
	IsActive            *bool
	ClassRef            *Ref
	ParentRef           *Ref // parent item: sub-items are "Parent:Child"
	UnitOfMeasureSetRef *Ref
	ForceUOMChange      *bool // Mod only
	IsTaxIncluded       *bool
	SalesTaxCodeRef     *Ref

	// Exactly one of these may be set: a service either only sells/buys (one account), or both
	// (income and expense accounts) — cost codes use SalesAndPurchase.
	SalesOrPurchase  *SalesOrPurchase
	SalesAndPurchase *SalesAndPurchase

	ExternalGUID string // Add only
}

// SalesOrPurchase describes an item used only on sales or only on purchases.
type SalesOrPurchase struct {
	Desc         string
	Price        Decimal
	PricePercent Decimal // alternative to Price
	AccountRef   *Ref
	// ApplyAccountRefToExistingTxns (Mod only) re-points past transactions to the new account.
	ApplyAccountRefToExistingTxns *bool
}

// SalesAndPurchase describes an item bought and resold, with separate income/expense accounts.
type SalesAndPurchase struct {
	SalesDesc                            string
	SalesPrice                           Decimal
	IncomeAccountRef                     *Ref
	ApplyIncomeAccountRefToExistingTxns  *bool // Mod only
	PurchaseDesc                         string
	PurchaseCost                         Decimal
	PurchaseTaxCodeRef                   *Ref
	ExpenseAccountRef                    *Ref
	ApplyExpenseAccountRefToExistingTxns *bool // Mod only
	PrefVendorRef                        *Ref
}

// ItemServiceAdd creates a service item.
type ItemServiceAdd struct {
	ItemService
	IncludeRetElement []string
}

func (ItemServiceAdd) rqName() string { return "ItemServiceAddRq" }

func (r ItemServiceAdd) writeBody(w *xmlWriter) {
	w.open("ItemServiceAdd")
	w.requiredText("Name", r.Name, 31)
	r.ItemService.write(w, false)
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

// ItemServiceMod changes a service item; ListID and EditSequence come from the last read.
type ItemServiceMod struct {
	ListID       string
	EditSequence string
	ItemService
	IncludeRetElement []string
}

func (ItemServiceMod) rqName() string { return "ItemServiceModRq" }

func (r ItemServiceMod) writeBody(w *xmlWriter) {
	w.open("ItemServiceMod")
	w.requiredID("ListID", r.ListID, 36)
	w.requiredID("EditSequence", r.EditSequence, 16)
	w.text("Name", r.Name, 31)
	r.ItemService.write(w, true)
	w.close()
	w.includeRetElements(r.IncludeRetElement)
}

// write emits everything after Name, in ItemServiceAdd/ItemServiceMod schema order.
func (s ItemService) write(w *xmlWriter, mod bool) {
	if !mod && s.ForceUOMChange != nil {
		w.invalid("ForceUOMChange", "", "exists only on ItemServiceMod")
	}
	if mod && s.ExternalGUID != "" {
		w.invalid("ExternalGUID", s.ExternalGUID, "exists only on ItemServiceAdd")
	}
	w.boolean("IsActive", s.IsActive)
	w.ref("ClassRef", s.ClassRef, 159)
	w.ref("ParentRef", s.ParentRef, 0)
	w.ref("UnitOfMeasureSetRef", s.UnitOfMeasureSetRef, 31)
	if mod {
		w.boolean("ForceUOMChange", s.ForceUOMChange)
	}
	w.boolean("IsTaxIncluded", s.IsTaxIncluded)
	w.ref("SalesTaxCodeRef", s.SalesTaxCodeRef, 3)
	suffix := ""
	if mod {
		suffix = "Mod"
	}
	switch {
	case s.SalesOrPurchase != nil && s.SalesAndPurchase != nil:
		w.invalid("SalesOrPurchase", "", "set SalesOrPurchase or SalesAndPurchase, not both")
	case s.SalesOrPurchase != nil:
		s.SalesOrPurchase.write(w, "SalesOrPurchase"+suffix, mod)
	case s.SalesAndPurchase != nil:
		s.SalesAndPurchase.write(w, "SalesAndPurchase"+suffix, mod)
	case !mod:
		w.invalid("SalesOrPurchase", "", "ItemServiceAdd needs SalesOrPurchase or SalesAndPurchase")
	}
	if !mod {
		w.guid("ExternalGUID", s.ExternalGUID)
	}
}

func (s *SalesOrPurchase) write(w *xmlWriter, name string, mod bool) {
	if !mod && s.ApplyAccountRefToExistingTxns != nil {
		w.invalid("ApplyAccountRefToExistingTxns", "", "exists only on ItemServiceMod")
	}
	if s.Price != "" && s.PricePercent != "" {
		w.invalid("Price", string(s.Price), "set Price or PricePercent, not both")
	}
	w.open(name)
	w.text("Desc", s.Desc, 4095)
	w.quantity("Price", s.Price)
	w.quantity("PricePercent", s.PricePercent)
	w.ref("AccountRef", s.AccountRef, 159)
	if mod {
		w.boolean("ApplyAccountRefToExistingTxns", s.ApplyAccountRefToExistingTxns)
	}
	w.close()
}

func (s *SalesAndPurchase) write(w *xmlWriter, name string, mod bool) {
	if !mod && (s.ApplyIncomeAccountRefToExistingTxns != nil || s.ApplyExpenseAccountRefToExistingTxns != nil) {
		w.invalid("Apply…AccountRefToExistingTxns", "", "exists only on ItemServiceMod")
	}
	w.open(name)
	w.text("SalesDesc", s.SalesDesc, 4095)
	w.quantity("SalesPrice", s.SalesPrice)
	w.ref("IncomeAccountRef", s.IncomeAccountRef, 159)
	if mod {
		w.boolean("ApplyIncomeAccountRefToExistingTxns", s.ApplyIncomeAccountRefToExistingTxns)
	}
	w.text("PurchaseDesc", s.PurchaseDesc, 4095)
	w.quantity("PurchaseCost", s.PurchaseCost)
	w.ref("PurchaseTaxCodeRef", s.PurchaseTaxCodeRef, 3)
	w.ref("ExpenseAccountRef", s.ExpenseAccountRef, 159)
	if mod {
		w.boolean("ApplyExpenseAccountRefToExistingTxns", s.ApplyExpenseAccountRefToExistingTxns)
	}
	w.ref("PrefVendorRef", s.PrefVendorRef, 41)
	w.close()
}

// ItemServiceQuery reads service items. It is iterator-capable.
type ItemServiceQuery struct {
	Iterator
	ListSelection
	RetOptions
}

func (ItemServiceQuery) rqName() string { return "ItemServiceQueryRq" }

func (q ItemServiceQuery) writeBody(w *xmlWriter) {
	w.listSelection(q.ListSelection, nil)
	w.retOptions(q.RetOptions)
}

// ItemQuery reads items of every type (service, non-inventory, other charge, …) in one list.
// It is iterator-capable.
type ItemQuery struct {
	Iterator
	ListSelection
	RetOptions
}

func (ItemQuery) rqName() string { return "ItemQueryRq" }

func (q ItemQuery) writeBody(w *xmlWriter) {
	w.listSelection(q.ListSelection, nil)
	w.retOptions(q.RetOptions)
}
