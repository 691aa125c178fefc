package costcodes

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"joblink/backend/engine"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/qbwc/qbxml"
)

// Prepare decides from the mirrored item list: add, update the description, link, or report a
// conflict.
func (f *Flow) Prepare(ctx context.Context, it *engine.Item) (engine.Step, error) {
	c, err := decode(it)
	if err != nil {
		return engine.Step{}, err
	}
	if p := checkCode(c.Code); p != nil {
		return engine.Step{Failure: p}, nil
	}
	if p := latinFailure(c, choiceOf(it)); p != nil {
		return engine.Step{Failure: p}, nil // letters QuickBooks cannot store: it waits for the bookkeeper
	}
	existing, err := f.existing(it, c)
	switch {
	case errors.Is(err, qbmirror.ErrNotFound):
		acc, err := f.d.Accounts()
		if err != nil || acc.Income.ListID == "" || acc.Expense.ListID == "" {
			return engine.Step{}, noAccounts(err)
		}
		return engine.Step{Request: qbxml.ItemServiceAdd{ItemService: qbxml.ItemService{
			Name: c.Code,
			SalesAndPurchase: &qbxml.SalesAndPurchase{
				SalesDesc: c.Name, IncomeAccountRef: qbxml.RefByID(acc.Income.ListID),
				PurchaseDesc: c.Name, ExpenseAccountRef: qbxml.RefByID(acc.Expense.ListID),
			},
		}}, Message: "Added to QuickBooks as a service item."}, nil
	case err != nil:
		return engine.Step{}, fmt.Errorf("look up item %q in the mirror: %w", c.Code, err)
	}
	if existing.Type != "Service" {
		return engine.Step{Failure: conflict(c.Code, existing.Type)}, nil
	}
	ref := qbrefresh.Ref(existing)
	if describedAs(existing, c.Name) {
		return engine.Step{Linked: ref, Message: "QuickBooks already had this service item: linked to it, not duplicated."}, nil
	}
	mod := qbxml.ItemServiceMod{ListID: existing.ListID, EditSequence: existing.EditSequence}
	if existing.Fields["SalesDesc"] != "" || existing.Fields["PurchaseDesc"] != "" || existing.Fields["Desc"] == "" {
		mod.SalesAndPurchase = &qbxml.SalesAndPurchase{SalesDesc: c.Name, PurchaseDesc: c.Name}
	} else {
		mod.SalesOrPurchase = &qbxml.SalesOrPurchase{Desc: c.Name}
	}
	return engine.Step{Request: mod, Message: "The existing QuickBooks service item was linked and its description updated."}, nil
}

// existing is the QuickBooks item of the code: the one it is linked to (the bookkeeper may have
// linked one not named by the code), else the one named by the code.
func (f *Flow) existing(it *engine.Item, c code) (qbmirror.Record, error) {
	if it.QB != nil && it.QB.ListID != "" {
		if r, err := f.d.Mirror.Get(qbmirror.Items, it.QB.ListID); err == nil {
			return r, nil
		}
	}
	return f.d.Mirror.FindByName(qbmirror.Items, qbName(c.Code))
}

// describedAs reports whether the item's descriptions already read name.
func describedAs(r qbmirror.Record, name string) bool {
	if _, ok := r.Fields["SalesDesc"]; ok || r.Fields["PurchaseDesc"] != "" {
		return r.Fields["SalesDesc"] == name && r.Fields["PurchaseDesc"] == name
	}
	return r.Fields["Desc"] == name
}

func conflict(name, itemType string) *engine.Failure {
	if itemType == "" {
		itemType = "non-service"
	}
	return &engine.Failure{Class: engine.FixData,
		Message: fmt.Sprintf("QuickBooks already has a %s item named %q.", itemType, name),
		Meaning: "Joblink exports cost codes only as Service items, and QuickBooks item names are unique.",
		Fix:     "In QuickBooks, rename that item (or, if it is the cost code, recreate it as a Service item), then export the code again."}
}

// Lookup finds the item by its name, whatever its type.
func (f *Flow) Lookup(it *engine.Item) qbxml.Request {
	c, _ := decode(it)
	if it.QB != nil && it.QB.ListID != "" && !strings.EqualFold(it.QB.FullName, qbName(c.Code)) {
		// Linked to an item named otherwise ("01-100 General Conditions"): that one, by its id.
		return qbxml.ItemQuery{ListSelection: qbxml.ListSelection{ListIDs: []string{it.QB.ListID}}}
	}
	return qbxml.ItemQuery{ListSelection: qbxml.ListSelection{FullNames: []string{qbName(c.Code)}}}
}

// Found keeps the mirror current with what the lookup returned and says whether QuickBooks
// has the item as it should be.
func (f *Flow) Found(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	c, err := decode(it)
	if err != nil {
		return nil, err
	}
	// Now, not at Flush: Prepare reads this item's fresh EditSequence in the same run.
	rec, ok, err := f.Now(resp)
	if err != nil || !ok {
		return nil, err
	}
	if rec.Type != "Service" {
		return nil, &engine.FailureError{Failure: *conflict(c.Code, rec.Type)}
	}
	if describedAs(rec, c.Name) {
		return qbrefresh.Ref(rec), nil
	}
	return nil, nil // there, but with an old description: Prepare sends the update
}

// Done keeps the mirror current with the item QuickBooks saved.
func (f *Flow) Done(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	if rec, ok := f.Later(resp); ok {
		return qbrefresh.Ref(rec), nil
	}
	return nil, fmt.Errorf("QuickBooks answered %s for %s without the item", resp.Name, it.ID)
}

// qbName is the code as QuickBooks stores it: reduced to Latin-1, as the request writer does.
func qbName(code string) string {
	s, _ := qbxml.Latin1(code)
	return s
}
