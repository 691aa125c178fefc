package budgets_test

import (
	"encoding/json"
	"testing"

	"joblink/backend/budgets"
	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
	"joblink/qbwc/qbsim"
)

// detailJob is the QuickBooks job an item's Detail names.
func detailJob(t *testing.T, r *rig, kind engine.Kind, k string) string {
	t.Helper()
	var s struct{ Job string }
	must(t, json.Unmarshal([]byte(r.item(t, kind, k).Detail), &s))
	return s.Job
}

// TestDetailNamesTheJob: the Approvals list names each document's QuickBooks job from the
// item's Detail. A project linked to another job before its budget is accepted is read as
// changed, so the list names the new job; once the estimate is in QuickBooks, the budget and
// its changes name the estimate's job, where the lines go, even if the project is relinked.
func TestDetailNamesTheJob(t *testing.T) {
	r := newRig(t)
	lines := r.project(t, tower, "Tower One", true, true, map[int]string{0: "45000", 1: "1000"})
	_, err := r.QB.AddCustomer(qbsim.Customer{Name: "Tower One Phase 2", Parent: customer})
	must(t, err)
	r.exportCodes(t, 2)
	r.linkJobs(t)
	r.detect(t)
	budget := key(tower, "budget")
	if j := detailJob(t, r, budgets.BudgetKind, budget); j != "Budget Builders:Tower One" {
		t.Fatalf("the budget's Detail names %q", j)
	}

	relink := func(fullName string) {
		t.Helper()
		rec, err := r.Mirror.FindByName(qbmirror.Customers, fullName)
		must(t, err)
		_, err = r.Engine.LinkAll([]engine.LinkSpec{{ID: engine.ItemID(jobs.Kind, itoa(tower)),
			Ref: engine.QBRef{ListID: rec.ListID, FullName: rec.FullName, EditSequence: rec.EditSequence}}}, engine.ByBookkeeper)
		must(t, err)
		r.detect(t)
	}
	relink("Budget Builders:Tower One Phase 2")
	if j := detailJob(t, r, budgets.BudgetKind, budget); j != "Budget Builders:Tower One Phase 2" {
		t.Fatalf("after linking the project to another job, the budget's Detail names %q", j)
	}

	r.accept(t, budgets.BudgetKind, budget)
	r.run(t)
	if it := r.item(t, budgets.BudgetKind, budget); it.State != engine.Synced {
		t.Fatalf("the budget: %s %+v", it.State, it.Failure)
	}
	relink("Budget Builders:Tower One")
	if j := detailJob(t, r, budgets.BudgetKind, budget); j != "Budget Builders:Tower One Phase 2" {
		t.Fatalf("an exported budget's Detail names %q, not its estimate's job", j)
	}
	c := &procoresim.BudgetChange{ID: r.id(), ProjectID: tower, Number: 1, Status: "approved", Title: ptr("Slab"), ERPStatus: "not_in_erp",
		Adjustments: []*procoresim.BudgetChangeAdjustment{
			{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[0].WBSCodeID, Type: "budget_change", Amount: -100},
			{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[1].WBSCodeID, Type: "change_event", Amount: 100}}}
	must(t, r.pc.AddBudgetChange(c))
	r.detect(t)
	if j := detailJob(t, r, budgets.ChangeKind, key(tower, "bc"+itoa(c.ID))); j != "Budget Builders:Tower One Phase 2" {
		t.Fatalf("a change's Detail names %q, not the estimate's job", j)
	}
}
