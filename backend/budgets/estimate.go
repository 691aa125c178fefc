package budgets

import (
	"context"
	"fmt"
	"strings"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/qbwc/qbxml"
)

// maxRefNumber is QuickBooks' limit on an estimate's RefNumber.
const maxRefNumber = 11

// DependsOn: the estimate waits for the cost codes of its lines that Joblink has as items but
// QuickBooks does not have yet (a code with no item at all is explained by Prepare instead;
// waiting for it would be waiting forever).
func (f *Budgets) DependsOn(it *engine.Item) []engine.Dependency {
	d, err := decodeBudget(it)
	if err != nil {
		return nil
	}
	return codeDeps(f.h(), budgetCodes(d))
}

func budgetCodes(d budgetData) []codeRef {
	out := make([]codeRef, 0, len(d.Lines))
	for _, l := range d.Lines {
		out = append(out, codeRef{key: l.CodeKey, code: l.Code, name: l.Name})
	}
	return out
}

// codeRef is a line's cost code, as a dependency names it.
type codeRef struct{ key, code, name string }

func (c codeRef) words() string { return strings.TrimSpace("cost code " + c.code + " " + c.name) }

// codeDeps lists, once each, the cost-code items of codes that exist and are not synced.
func codeDeps(h engine.Host, codes []codeRef) []engine.Dependency {
	if h == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []engine.Dependency
	for _, c := range codes {
		if c.key == "" || seen[c.key] {
			continue
		}
		seen[c.key] = true
		id := engine.ItemID(costcodes.Kind, c.key)
		it, err := h.Get(id)
		if err != nil || it.State == engine.Synced {
			continue
		}
		out = append(out, engine.Dependency{ID: id, Label: c.words()})
	}
	return out
}

// itemRefs returns the QuickBooks service item of each code, or the failure naming the codes
// QuickBooks does not have as items.
func itemRefs(h engine.Host, codes []codeRef) (map[string]*engine.QBRef, *engine.Failure) {
	refs := map[string]*engine.QBRef{}
	var missing []string
	for _, c := range codes {
		if _, done := refs[c.key]; done {
			continue
		}
		var ref *engine.QBRef
		if c.key != "" && h != nil {
			ref, _ = h.LinkOf(costcodes.Kind, c.key)
		}
		if ref == nil || ref.ListID == "" {
			missing = append(missing, strings.TrimSpace(c.code+" "+c.name))
			continue
		}
		refs[c.key] = ref
	}
	if len(missing) == 0 {
		return refs, nil
	}
	return nil, &engine.Failure{Class: engine.FixData,
		Message: fmt.Sprintf("Cost code %s is not a QuickBooks item yet.", strings.Join(missing, ", ")),
		Meaning: "Each estimate line goes on its cost code's service item, and QuickBooks has none for this code.",
		Fix:     "Export the cost code on the Cost codes page (add it to Procore's standard cost code list first if it is not there); this then goes on the next Web Connector run."}
}

// jobOf is the QuickBooks job a project is linked to, or the failure saying it is not.
func jobOf(h engine.Host, project, name string) (*engine.QBRef, *engine.Failure) {
	var ref *engine.QBRef
	if h != nil {
		ref, _ = h.LinkOf(jobs.Kind, project)
	}
	if ref != nil && ref.ListID != "" {
		return ref, nil
	}
	return nil, notLinked(name)
}

func notLinked(name string) *engine.Failure {
	return &engine.Failure{Class: engine.FixData,
		Message: fmt.Sprintf("The Procore project %q is not linked to a QuickBooks job.", name),
		Meaning: "An estimate goes on the project's Customer:Job in QuickBooks, so it has nowhere to go yet.",
		Fix:     "Link the project to its job (or create the job) on the Jobs page; the budget then waits here for your decision."}
}

// Prepare adds the estimate: one line per budget line on the cost code's service item,
// Quantity 1 and Rate = Amount = the original budget amount, stamped with the item's GUID.
// An estimate already in QuickBooks is never sent again: if the budget is as exported it is
// linked, otherwise the item says what changed.
func (f *Budgets) Prepare(ctx context.Context, it *engine.Item) (engine.Step, error) {
	d, err := decodeBudget(it)
	if err != nil {
		return engine.Step{}, err
	}
	if it.QB != nil && it.QB.TxnID != "" {
		return f.alreadyExported(it, d)
	}
	if p := budgetProblem(d); p != nil {
		return engine.Step{Failure: p}, nil
	}
	h := f.h()
	job, fail := jobOf(h, d.Project, d.ProjectName)
	if fail != nil {
		return engine.Step{Failure: fail}, nil
	}
	refs, fail := itemRefs(h, budgetCodes(d))
	if fail != nil {
		return engine.Step{Failure: fail}, nil
	}
	add := qbxml.EstimateAdd{Estimate: qbxml.Estimate{
		CustomerRef:  qbxml.RefByID(job.ListID),
		RefNumber:    refNumber(d),
		Memo:         memo(d),
		ExternalGUID: it.Stamp,
	}}
	for _, l := range d.Lines {
		amount := qbxml.Cents(l.Cents)
		add.Lines = append(add.Lines, qbxml.EstimateLine{ItemRef: qbxml.RefByID(refs[l.CodeKey].ListID),
			Desc: lineDesc(l.Name, l.Category), Quantity: "1", Rate: amount, Amount: amount})
	}
	return engine.Step{Request: add, Message: fmt.Sprintf("Estimate added on %q: %d lines, %s.", job.FullName, len(d.Lines), money(d.total()))}, nil
}

// alreadyExported links an estimate QuickBooks has, when the budget is as it was exported.
func (f *Budgets) alreadyExported(it *engine.Item, d budgetData) (engine.Step, error) {
	cp, err := f.ledger.estimate(d.Project)
	if err != nil {
		return engine.Step{}, err
	}
	if cp == nil || cp.TxnID != it.QB.TxnID {
		return engine.Step{}, &engine.FailureError{Failure: engine.Failure{Class: engine.Reread,
			Message: "Joblink has no copy of this estimate to compare with."}}
	}
	if exported, ok := exportedBudget(cp); ok {
		if diff := budgetDiff(exported, d); len(diff) > 0 {
			return engine.Step{Failure: changedAfterExport("budget", cp, diff)}, nil
		}
	}
	return engine.Step{Linked: estimateRef(cp), Message: "QuickBooks already has this estimate as the budget stands."}, nil
}

// budgetProblem is why a budget cannot become an estimate as it stands.
func budgetProblem(d budgetData) *engine.Failure {
	switch {
	case !d.Locked:
		return &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("The budget of %q is not locked in Procore.", d.ProjectName),
			Meaning: "Only a locked original budget is final: an unlocked one can still change line by line, and QuickBooks would keep the old figures.",
			Fix:     "Lock the budget in Procore (Budget → Lock Budget); it then waits here for your decision."}
	case len(d.Lines) == 0:
		return &engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("The budget of %q has no lines.", d.ProjectName),
			Meaning: "An estimate needs at least one line; QuickBooks refuses an empty one.",
			Fix:     "Add the budget lines in Procore (unlock, add, lock again); the estimate then waits here for your decision."}
	}
	return nil
}

// changedAfterExport explains a record Procore changed after QuickBooks received it.
func changedAfterExport(what string, cp *estimateCopy, diff []string) *engine.Failure {
	return &engine.Failure{Class: engine.FixData,
		Message: fmt.Sprintf("This %s changed in Procore after export: %s.", what, strings.Join(diff, "; ")),
		Meaning: fmt.Sprintf("QuickBooks has estimate %s (total %s) as it was exported; Joblink never sends a %s twice, so the difference is not in QuickBooks.", cp.RefNumber, money(cp.total()), what),
		Fix:     "Record the difference in Procore as a budget change (it is then appended to the estimate), or edit the estimate in QuickBooks yourself and skip this item."}
}

// refNumber is the estimate's number: the project number when it fits, else the project id's
// last digits (QuickBooks holds 11 characters).
func refNumber(d budgetData) string {
	n := strings.TrimSpace(d.Number)
	if n == "" || len(n) > maxRefNumber {
		n = d.Project
	}
	if len(n) > maxRefNumber {
		n = n[len(n)-maxRefNumber:]
	}
	return n
}

// memo names the estimate's origin for the bookkeeper reading it in QuickBooks; Joblink finds
// its estimate by ExternalGUID, never by the memo, which the bookkeeper may edit or copy.
func memo(d budgetData) string {
	return "Procore original budget of " + d.ProjectName
}

func estimateRef(cp *estimateCopy) *engine.QBRef {
	return &engine.QBRef{TxnID: cp.TxnID, EditSequence: cp.EditSequence, FullName: "Estimate " + cp.RefNumber}
}

// Lookup reads the estimates of the project's job, lines included (or, re-reading one Joblink
// knows, that estimate).
func (f *Budgets) Lookup(it *engine.Item) qbxml.Request {
	yes := true
	if it.QB != nil && it.QB.TxnID != "" {
		return qbxml.EstimateQuery{TxnSelection: qbxml.TxnSelection{TxnIDs: []string{it.QB.TxnID}}, IncludeLineItems: &yes}
	}
	d, _ := decodeBudget(it)
	if job, _ := jobOf(f.h(), d.Project, d.ProjectName); job != nil {
		return qbxml.EstimateQuery{TxnSelection: qbxml.TxnSelection{TxnFilter: qbxml.TxnFilter{
			EntityFilter: &qbxml.RefFilter{ListIDs: []string{job.ListID}}}}, IncludeLineItems: &yes}
	}
	return qbxml.EstimateQuery{TxnSelection: qbxml.TxnSelection{RefNumbers: []string{refNumber(d)}}, IncludeLineItems: &yes}
}

// Found picks the estimate whose ExternalGUID is the item's stamp (QuickBooks keeps it as
// EstimateAdd gave it, and a copy made in QuickBooks does not carry it); another estimate on
// the job, even one with the same memo and lines, is not Joblink's and is never taken.
func (f *Budgets) Found(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	d, err := decodeBudget(it)
	if err != nil {
		return nil, err
	}
	var ours []*qbxml.EstimateRet
	for _, ret := range resp.Rets {
		e, ok := ret.(*qbxml.EstimateRet)
		if !ok {
			continue
		}
		if (it.Stamp != "" && strings.EqualFold(e.ExternalGUID, it.Stamp)) || (it.QB != nil && it.QB.TxnID != "" && e.TxnID == it.QB.TxnID) {
			ours = append(ours, e)
		}
	}
	switch {
	case len(ours) > 1:
		return nil, &engine.FailureError{Failure: engine.Failure{Class: engine.FixData,
			Message: fmt.Sprintf("QuickBooks has %d estimates for this budget on %s (numbers %s), each carrying Joblink's identity %s.", len(ours), ours[0].CustomerRef.FullName, refNumbers(ours), it.Stamp),
			Meaning: "Joblink added the estimate more than once.", Fix: "Delete the extra estimates in QuickBooks, keeping the oldest, then export again."}}
	case len(ours) == 0:
		return nil, nil
	}
	exported := it.Data
	if old, err := f.ledger.estimate(d.Project); err != nil {
		return nil, err
	} else if old != nil && old.TxnID == ours[0].TxnID && old.Exported != nil {
		exported = old.Exported
	}
	cp, err := f.ledger.keepEstimate(d.Project, ours[0], it.Stamp, exported)
	if err != nil {
		return nil, err
	}
	return estimateRef(cp), nil
}

// refNumbers lists the estimates' numbers, as the bookkeeper finds them in QuickBooks.
func refNumbers(es []*qbxml.EstimateRet) string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.RefNumber
	}
	return strings.Join(out, ", ")
}

// Done keeps the estimate QuickBooks saved in the ledger, with the budget it was made from.
func (f *Budgets) Done(it *engine.Item, resp *qbxml.Response) (*engine.QBRef, error) {
	d, err := decodeBudget(it)
	if err != nil {
		return nil, err
	}
	e := firstEstimate(resp)
	if e == nil {
		return nil, fmt.Errorf("QuickBooks answered %s for %s without the estimate", resp.Name, it.ID)
	}
	cp, err := f.ledger.keepEstimate(d.Project, e, it.Stamp, it.Data)
	if err != nil {
		return nil, err
	}
	return estimateRef(cp), nil
}

// firstEstimate is the first estimate in QuickBooks' answer, nil when it holds none.
func firstEstimate(resp *qbxml.Response) *qbxml.EstimateRet {
	for _, ret := range resp.Rets {
		if e, ok := ret.(*qbxml.EstimateRet); ok {
			return e
		}
	}
	return nil
}
