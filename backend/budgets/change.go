package budgets

import (
	"context"
	"encoding/json"
	"fmt"

	"joblink/backend/engine"
	"joblink/qbwc/qbxml"
)

// exportedBudget is the budget as QuickBooks received it, from the estimate's copy.
func exportedBudget(cp *estimateCopy) (budgetData, bool) {
	var d budgetData
	if cp == nil || len(cp.Exported) == 0 || json.Unmarshal(cp.Exported, &d) != nil {
		return d, false
	}
	return d, true
}

// DependsOn: a change waits for its budget's estimate, and for the cost codes of its lines
// that QuickBooks does not have as items yet.
func (f *Changes) DependsOn(it *engine.Item) []engine.Dependency {
	c, err := decodeChange(it)
	if err != nil {
		return nil
	}
	deps := []engine.Dependency{{ID: BudgetItemID(c.Project), Label: "the estimate of the budget of " + c.ProjectName}}
	return append(deps, codeDeps(f.h(), changeCodes(c))...)
}

func changeCodes(c changeData) []codeRef {
	out := make([]codeRef, 0, len(c.Lines))
	for _, l := range c.Lines {
		out = append(out, codeRef{key: l.CodeKey, code: l.Code, name: l.Name})
	}
	return out
}

// estimateOf is the TxnID of the project's estimate, as the budget item is linked to it.
func (f *Changes) estimateOf(project string) string {
	h := f.h()
	if h == nil {
		return ""
	}
	ref, _ := h.LinkOf(BudgetKind, budgetKey(project))
	if ref == nil {
		return ""
	}
	return ref.TxnID
}

// Prepare appends the change's lines to the estimate with EstimateMod on the EditSequence of
// the ledger's copy, repeating every existing line by TxnLineID (QuickBooks deletes the lines
// a Mod leaves out). The ledger's entry — the marker and the estimate — is written before the
// request leaves.
func (f *Changes) Prepare(ctx context.Context, it *engine.Item) (engine.Step, error) {
	c, err := decodeChange(it)
	if err != nil {
		return engine.Step{}, err
	}
	txnID := f.estimateOf(c.Project)
	if txnID == "" {
		return engine.Step{Failure: &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("The budget of %q is not in QuickBooks as an estimate.", c.ProjectName),
			Meaning: "A budget change is appended to its budget's estimate, so the estimate must be exported first.",
			Fix:     "Accept the budget on Approvals; this change is then appended on the next Web Connector run."}}, nil
	}
	key := it.Key
	entry, err := f.ledger.change(key)
	if err != nil {
		return engine.Step{}, err
	}
	cp, err := f.ledger.estimate(c.Project)
	if err != nil {
		return engine.Step{}, err
	}
	if cp == nil || cp.TxnID != txnID {
		return engine.Step{}, &engine.FailureError{Failure: engine.Failure{Class: engine.Reread,
			Message: "Joblink's copy of the estimate is missing or older than QuickBooks' estimate."}}
	}
	if cp.has(c.marker()) {
		if entry != nil && entry.Appended {
			var was changeData
			if json.Unmarshal(entry.Data, &was) == nil {
				if diff := changeDiff(was, c); len(diff) > 0 {
					return engine.Step{Failure: changedAfterExport("budget change", cp, diff)}, nil
				}
			}
		}
		if err := f.ledger.keepChange(key, changeEntry{Marker: c.marker(), TxnID: cp.TxnID, Appended: true, Data: it.Data}); err != nil {
			return engine.Step{}, err
		}
		return engine.Step{Linked: changeRef(cp), Message: "The estimate already has this change's lines."}, nil
	}
	refs, fail := itemRefs(f.h(), changeCodes(c))
	if fail != nil {
		return engine.Step{Failure: fail}, nil
	}
	mod := qbxml.EstimateMod{TxnID: cp.TxnID, EditSequence: cp.EditSequence}
	for _, l := range cp.Lines {
		mod.Lines = append(mod.Lines, qbxml.EstimateLine{TxnLineID: l.TxnLineID}) // kept as it is
	}
	for _, l := range c.Lines {
		amount := qbxml.Cents(l.Cents)
		mod.Lines = append(mod.Lines, qbxml.EstimateLine{TxnLineID: qbxml.NewTxnLineID, ItemRef: qbxml.RefByID(refs[l.CodeKey].ListID),
			Desc: changeDesc(c, l), Quantity: "1", Rate: amount, Amount: amount})
	}
	// Before the request leaves: which estimate the lines go to, and how to recognize them.
	if err := f.ledger.keepChange(key, changeEntry{Marker: c.marker(), TxnID: cp.TxnID, Data: it.Data}); err != nil {
		return engine.Step{}, err
	}
	return engine.Step{Request: mod, Target: cp.TxnID,
		Message: fmt.Sprintf("%d line(s) appended to estimate %s: %s; its total goes from %s to %s.",
			len(c.Lines), cp.RefNumber, money(c.total()), money(cp.total()), money(cp.total()+c.total()))}, nil
}

func changeRef(cp *estimateCopy) *engine.QBRef {
	return &engine.QBRef{TxnID: cp.TxnID, EditSequence: cp.EditSequence, FullName: "Estimate " + cp.RefNumber}
}

// Lookup reads the estimate the change goes to, lines included: the markers are the ledger.
func (f *Changes) Lookup(it *engine.Item) qbxml.Request {
	yes := true
	c, _ := decodeChange(it)
	txnID := f.estimateOf(c.Project)
	if e, _ := f.ledger.change(it.Key); e != nil && e.TxnID != "" {
		txnID = e.TxnID
	}
	if txnID == "" {
		txnID = "0" // none known: QuickBooks answers "not found" and Prepare explains
	}
	return qbxml.EstimateQuery{TxnSelection: qbxml.TxnSelection{TxnIDs: []string{txnID}}, IncludeLineItems: &yes}
}

// Found keeps the estimate's copy current and says whether the change's marker is in it.
func (f *Changes) Found(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	c, err := decodeChange(it)
	if err != nil {
		return nil, err
	}
	e := firstEstimate(resp)
	if e == nil {
		return nil, nil
	}
	cp, err := f.ledger.keepEstimate(c.Project, e, "", nil)
	if err != nil {
		return nil, err
	}
	if !cp.has(c.marker()) {
		return nil, nil // not appended: send it
	}
	return f.appended(it, c, cp)
}

// Done keeps the estimate as QuickBooks now has it and marks the change appended.
func (f *Changes) Done(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	c, err := decodeChange(it)
	if err != nil {
		return nil, err
	}
	e := firstEstimate(resp)
	if e == nil {
		return nil, fmt.Errorf("QuickBooks answered %s for %s without the estimate", resp.Name, it.ID)
	}
	cp, err := f.ledger.keepEstimate(c.Project, e, "", nil)
	if err != nil {
		return nil, err
	}
	return f.appended(it, c, cp)
}

// appended records the change as appended to the estimate QuickBooks has (cp) and returns
// the change's link to it.
func (f *Changes) appended(it *engine.Item, c changeData, cp *estimateCopy) (*engine.QBRef, error) {
	if err := f.ledger.keepChange(it.Key, changeEntry{Marker: c.marker(), TxnID: cp.TxnID, Appended: true, Data: it.Data}); err != nil {
		return nil, err
	}
	return changeRef(cp), nil
}
