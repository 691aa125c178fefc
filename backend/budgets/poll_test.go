package budgets_test

import (
	"context"
	"testing"

	"joblink/backend/budgets"
	"joblink/backend/engine"
	"joblink/backend/procoresim"
)

// TestPollReadsLinkedProjectsOnce: the poller reads budgets only in projects linked to
// QuickBooks jobs, and the two kinds share one read of each project: the lock is asked once
// per project and pass, not once per kind.
func TestPollReadsLinkedProjectsOnce(t *testing.T) {
	r := newRig(t)
	lines := r.project(t, tower, "Tower One", true, true, map[int]string{0: "45000", 1: "120000.50"})
	r.project(t, annex, "Annex", true, true, map[int]string{0: "1000"})
	r.project(t, depot, "Depot", true, false, map[int]string{1: "5000"})
	must(t, r.pc.AddBudgetChange(&procoresim.BudgetChange{ID: r.id(), ProjectID: tower, Number: 1, Status: "approved", Title: ptr("Slab"),
		ERPStatus: "not_in_erp", Adjustments: []*procoresim.BudgetChangeAdjustment{
			{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[0].WBSCodeID, Type: "budget_change", Amount: -10},
			{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[1].WBSCodeID, Type: "change_event", Amount: 10}}}))
	r.exportCodes(t, 3)
	r.linkJobs(t)
	locks, before := r.ProcoreRequests("/budget"), r.Procore.APIRequests()
	if err := r.Engine.PollOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	budgetsPage, err := r.Engine.List(budgets.BudgetKind, engine.Query{})
	must(t, err)
	changesPage, err := r.Engine.List(budgets.ChangeKind, engine.Query{})
	must(t, err)
	if budgetsPage.Counts["ready"] != 2 || budgetsPage.Counts["all"] != 2 || changesPage.Counts["ready"] != 1 {
		t.Fatalf("after a poll: budgets %v, changes %v", budgetsPage.Counts, changesPage.Counts)
	}
	if _, err := r.Engine.Get(engine.ItemID(budgets.BudgetKind, key(depot, "budget"))); err == nil {
		t.Fatal("the poll read a project not linked to a QuickBooks job")
	}
	if n := r.ProcoreRequests("/budget") - locks; n != 2 {
		t.Fatalf("the poll asked for the budget lock %d times for 2 linked projects", n)
	}
	t.Logf("one poll: %d Procore calls in all (cost codes, projects, vendors, and the budgets of 2 projects)", r.Procore.APIRequests()-before)
}
