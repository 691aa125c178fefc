package budgets_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"joblink/backend/budgets"
	"joblink/backend/engine"
	"joblink/backend/procoresim"
)

// loseAnswer runs one export run in which QuickBooks does the work of the set carrying want
// and its answer never reaches Joblink (a crash, a dropped connection); with forget,
// QuickBooks then drops the answers it kept, so the next run must find the record by look-up
// instead of reading the kept answer.
func (r *rig) loseAnswer(t *testing.T, want string, forget bool) {
	t.Helper()
	ctx := context.Background()
	must(t, r.Engine.BeginRun(ctx))
	for i := 0; ; i++ {
		doc, err := r.Engine.NextRequest(ctx)
		must(t, err)
		if doc == "" || i > 20 {
			t.Fatalf("the run sent no %s", want)
		}
		resp, err := r.QB.ProcessRequest(ctx, doc)
		must(t, err)
		if strings.Contains(doc, want) {
			break // QuickBooks did it; the answer is lost
		}
		if _, err := r.Engine.HandleResponse(ctx, resp); err != nil {
			t.Fatal(err)
		}
	}
	r.Engine.EndRun(ctx, errors.New("the connection dropped"))
	if forget {
		const clear = `<?xml version="1.0" encoding="utf-8"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="continueOnError" oldMessageSetID="ClearAllMessageSets"></QBXMLMsgsRq></QBXML>`
		_, err := r.QB.ProcessRequest(ctx, clear)
		must(t, err)
	}
}

// TestLostAnswersNeverAppendTwice: the answers to an EstimateAdd and to EstimateMods are lost
// after QuickBooks applied them — settled once from the answer QuickBooks kept, once by
// looking the estimate up (its ExternalGUID, the changes' markers in the lines) — and the
// next runs add no second estimate and append no line twice.
func TestLostAnswersNeverAppendTwice(t *testing.T) {
	r := newRig(t)
	lines := r.project(t, tower, "Tower One", true, true, map[int]string{0: "45000", 1: "120000.50", 2: "30000"})
	r.exportCodes(t, 3)
	r.linkJobs(t)
	r.detect(t)
	r.accept(t, budgets.BudgetKind, key(tower, "budget"))
	r.loseAnswer(t, "<EstimateAddRq", true)
	if it := r.item(t, budgets.BudgetKind, key(tower, "budget")); it.State != engine.Sent {
		t.Fatalf("the budget after the lost answer: %s", it.State)
	}
	r.run(t)
	if it := r.item(t, budgets.BudgetKind, key(tower, "budget")); it.State != engine.Synced {
		t.Fatalf("the budget after the look-up: %s %+v", it.State, it.Failure)
	}
	if est := estimates(t, r.QB); len(est) != 1 || len(est["Budget Builders:Tower One"].Lines) != 3 {
		t.Fatalf("estimates after a lost answer: %v", keys(est))
	}

	var firstChange *procoresim.BudgetChange
	addChange := func(n int, amount float64) string {
		c := &procoresim.BudgetChange{ID: r.id(), ProjectID: tower, Number: n, Status: "approved", Title: ptr("Change"), ERPStatus: "not_in_erp",
			Adjustments: []*procoresim.BudgetChangeAdjustment{
				{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[0].WBSCodeID, Type: "budget_change", Amount: -amount},
				{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[1].WBSCodeID, Type: "change_event", Amount: amount}}}
		must(t, r.pc.AddBudgetChange(c))
		if firstChange == nil {
			firstChange = c
		}
		return key(tower, "bc"+itoa(c.ID))
	}
	first, second := addChange(1, 100), addChange(2, 200)
	r.detect(t)
	r.accept(t, budgets.ChangeKind, first)
	r.loseAnswer(t, "<EstimateModRq", false) // settled from the answer QuickBooks kept
	r.run(t)
	r.accept(t, budgets.ChangeKind, second)
	r.loseAnswer(t, "<EstimateModRq", true) // settled by the look-up
	r.run(t)
	for _, k := range []string{first, second} {
		if it := r.item(t, budgets.ChangeKind, k); it.State != engine.Synced {
			t.Fatalf("%s: %s %+v", k, it.State, it.Failure)
		}
	}
	e := estimates(t, r.QB)["Budget Builders:Tower One"]
	var markers []string
	for _, l := range e.Lines[3:] {
		markers = append(markers, l.Desc[strings.LastIndex(l.Desc, "[JL"):])
	}
	slices.Sort(markers)
	if len(e.Lines) != 7 || len(slices.Compact(slices.Clone(markers))) != 2 || e.TotalAmount != "195000.50" {
		t.Fatalf("estimate after lost answers: %d lines, total %s, markers %v", len(e.Lines), e.TotalAmount, markers)
	}
	r.run(t) // nothing more
	if n := len(estimates(t, r.QB)["Budget Builders:Tower One"].Lines); n != 7 {
		t.Fatalf("a later run changed the estimate: %d lines", n)
	}

	// An appended change deleted in Procore (no longer listed at all) is explained, not dropped.
	firstChange.Adjustments = nil
	r.detect(t)
	explained(t, r.item(t, budgets.ChangeKind, first), "it was deleted in Procore; its lines are in QuickBooks", "budget change")
}
