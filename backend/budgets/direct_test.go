package budgets_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"joblink/backend/budgets"
	"joblink/backend/engine"
	"joblink/backend/procoresim"
)

// TestDirectExportNeverResendsAChangedBudget: with "send without approval" for budgets and
// budget changes, a locked budget and an approved change go to QuickBooks without waiting;
// then the budget, unlocked and edited in Procore after export, and the change, edited after
// it was appended, are read as changed — and, although the engine re-queues a changed synced
// item of a direct kind straight to export, each stops as "changed in Procore after export"
// with the difference: QuickBooks' estimate keeps its lines and total, on this run and the
// next, and even when the bookkeeper sends the budget again.
func TestDirectExportNeverResendsAChangedBudget(t *testing.T) {
	r := newRigWith(t, true)
	lines := r.project(t, tower, "Tower One", true, true, map[int]string{0: "45000", 1: "120000.50", 2: "30000"})
	r.exportCodes(t, 3)
	r.linkJobs(t)
	r.detect(t)
	budget := key(tower, "budget")
	if it := r.item(t, budgets.BudgetKind, budget); it.State != engine.Queued {
		t.Fatalf("a locked budget of a direct kind: %s %+v", it.State, it.Failure)
	}
	r.run(t)
	if it := r.item(t, budgets.BudgetKind, budget); it.State != engine.Synced {
		t.Fatalf("the budget after the run: %s %+v", it.State, it.Failure)
	}
	adj := &procoresim.BudgetChangeAdjustment{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[2].WBSCodeID, Type: "change_event", Amount: 700}
	change := &procoresim.BudgetChange{ID: r.id(), ProjectID: tower, Number: 1, Status: "approved", Title: ptr("Canopy"), ERPStatus: "not_in_erp",
		Adjustments: []*procoresim.BudgetChangeAdjustment{
			{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[0].WBSCodeID, Type: "budget_change", Amount: -700}, adj}}
	must(t, r.pc.AddBudgetChange(change))
	r.detect(t)
	bc := key(tower, "bc"+itoa(change.ID))
	if it := r.item(t, budgets.ChangeKind, bc); it.State != engine.Queued {
		t.Fatalf("an approved change of a direct kind: %s %+v", it.State, it.Failure)
	}
	r.run(t)
	if it := r.item(t, budgets.ChangeKind, bc); it.State != engine.Synced {
		t.Fatalf("the change after the run: %s %+v", it.State, it.Failure)
	}
	before := estimates(t, r.QB)["Budget Builders:Tower One"]
	if len(before.Lines) != 5 || before.TotalAmount != "195000.50" {
		t.Fatalf("the estimate after the change: %d lines, total %s", len(before.Lines), before.TotalAmount)
	}

	// Edited in Procore after export.
	r.pc.SetBudgetLocked(tower, false) // a locked budget's original amounts cannot change
	lines[1].OriginalBudgetAmount = 125000
	adj.Amount = 900
	r.detect(t)
	explained(t, r.item(t, budgets.BudgetKind, budget), "changed in Procore after export: 03-300 Concrete (Cost): 120,000.50 in QuickBooks, 125,000.00 in Procore now", "budget change")
	explained(t, r.item(t, budgets.ChangeKind, bc), "changed in Procore after export", "budget change")
	for _, k := range []engine.Kind{budgets.BudgetKind, budgets.ChangeKind} {
		page, err := r.Engine.List(k, engine.Query{Status: "queued", Limit: 1})
		must(t, err)
		if page.Total != 0 {
			t.Fatalf("%s: %d items queued after the edits in Procore", k, page.Total)
		}
	}
	unchanged := func(when string) {
		t.Helper()
		e := estimates(t, r.QB)["Budget Builders:Tower One"]
		if len(e.Lines) != len(before.Lines) || e.TotalAmount != before.TotalAmount || e.EditSequence != before.EditSequence {
			t.Fatalf("%s: the estimate changed (%d lines, total %s, edit sequence %s → %s)", when, len(e.Lines), e.TotalAmount, before.EditSequence, e.EditSequence)
		}
	}
	r.run(t)
	unchanged("the next run")
	r.detect(t) // a later poll reads the same: still explained, still not sent
	r.run(t)
	unchanged("a later run")

	// The bookkeeper sends the budget again anyway: Prepare compares it with the estimate
	// QuickBooks has and stops it, with the difference.
	if _, err := r.Engine.Export(budgets.BudgetKind, engine.Selection{IDs: []string{engine.ItemID(budgets.BudgetKind, budget)}}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.run(t)
	unchanged("a budget sent again")
	it := r.item(t, budgets.BudgetKind, budget)
	explained(t, it, "changed in Procore after export", "budget change")
	if !strings.Contains(it.Failure.Meaning, "never sends a budget twice") {
		t.Fatalf("the explanation: %+v", it.Failure)
	}
	if r.Engine.HasWork(context.Background()) {
		t.Fatal("work left after the changed budget was stopped")
	}
}

// TestRelockedEditSeenWithinADay: Procore's lock endpoint says only whether a budget is
// locked, so an exported budget unlocked, edited and locked again between two reads of its
// project looks untouched — its lines are not read while it stays locked. Once a day they are
// read anyway, and the edit is then explained as changed after export, never sent.
func TestRelockedEditSeenWithinADay(t *testing.T) {
	r := newRig(t)
	lines := r.project(t, tower, "Tower One", true, true, map[int]string{0: "45000", 1: "120000.50"})
	r.exportCodes(t, 2)
	r.linkJobs(t)
	r.detect(t)
	budget := key(tower, "budget")
	r.accept(t, budgets.BudgetKind, budget)
	r.run(t)
	if it := r.item(t, budgets.BudgetKind, budget); it.State != engine.Synced {
		t.Fatalf("the budget after the run: %s %+v", it.State, it.Failure)
	}
	r.detect(t) // read once since the export: the exported lines stand for the budget

	r.pc.SetBudgetLocked(tower, false)
	lines[0].OriginalBudgetAmount = 47000
	r.pc.SetBudgetLocked(tower, true)
	rows := r.ProcoreRequests("/detail_rows")
	r.detect(t)
	if it := r.item(t, budgets.BudgetKind, budget); it.State != engine.Synced || r.ProcoreRequests("/detail_rows") != rows {
		t.Fatalf("within the day, a locked exported budget is read by its lock only: %s, %d line reads", it.State, r.ProcoreRequests("/detail_rows")-rows)
	}
	r.clock.advance(24 * time.Hour)
	r.detect(t)
	explained(t, r.item(t, budgets.BudgetKind, budget), "changed in Procore after export: 01-100 General Conditions (Cost): 45,000.00 in QuickBooks, 47,000.00 in Procore now", "budget change")
	before := estimates(t, r.QB)["Budget Builders:Tower One"]
	r.run(t)
	if e := estimates(t, r.QB)["Budget Builders:Tower One"]; e.EditSequence != before.EditSequence || e.TotalAmount != "165000.50" {
		t.Fatalf("the estimate changed: total %s", e.TotalAmount)
	}
}
