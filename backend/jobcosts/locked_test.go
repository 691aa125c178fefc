package jobcosts_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"joblink/backend/budgets"
	"joblink/backend/engine"
	"joblink/backend/jobcosts"
	"joblink/backend/procore"
	"joblink/qbwc/qbsim"
)

// lockedProject makes a project whose locked budget has a line on 01-100 only, and QuickBooks
// actuals on 01-100 and 05-500, with "Automatically add new cost codes to budgets" on.
func lockedProject(t *testing.T, r *rig, project int64, name string) map[int]int64 {
	t.Helper()
	lines := r.project(t, project, name, true, map[int]float64{0: 5_000})
	r.pc.SetBudgetLocked(project, true)
	r.exportCodes(t)
	r.linkJobs(t)
	job := jobName(name)
	r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-05", Ref: "LK-1",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "410.00", Job: job}, {Item: "05-500", Amount: "820.50", Job: job}}})
	r.set(func(s *jobcosts.Settings) { s.AddNewCostCodes = true })
	return lines
}

// lineOf is the project's Job costs line for a cost code.
func lineOf(t *testing.T, r *rig, project int64, code string) jobcosts.CostCodeLine {
	t.Helper()
	d, ok, err := r.svc.Project(strconv.FormatInt(project, 10))
	if err != nil || !ok {
		t.Fatalf("project %d: %v %v", project, ok, err)
	}
	for _, l := range d.Lines {
		if l.CostCode == code {
			return l
		}
	}
	t.Fatalf("project %d has no line for %s: %+v", project, code, d.Lines)
	return jobcosts.CostCodeLine{}
}

// budgetRows counts the project's budget lines on code.
func budgetRows(t *testing.T, r *rig, project int64, code string) int {
	t.Helper()
	rows, err := r.Client.ListBudgetDetailRows(project, budgetView+project%1000, procore.BudgetDetailRowsOptions{}).Collect(context.Background())
	must(t, err)
	n := 0
	for _, row := range rows {
		if c, _ := splitCode(row.CostCode); row.ID != 0 && c == code {
			n++
		}
	}
	return n
}

// Procore refuses a new budget line on a locked budget (the simulator's behaviour; the real one
// is undocumented): the line says why in Procore's words, what the lock means and what to do,
// the project needs attention, the other lines carry their figures, and nothing is asked twice.
func TestJobCostsLockedBudgetRefusesNewLine(t *testing.T) {
	r := newRig(t)
	const project = 4_880_000_001
	lines := lockedProject(t, r, project, "Locked Library")
	r.read(t)
	r.writes.reset()
	r.push(t)
	if got := r.direct(t, project, lines[0]); !sameAmount(got, "410.00") {
		t.Errorf("01-100 shows %q, want 410.00", got)
	}
	if n := budgetRows(t, r, project, "05-500"); n != 0 {
		t.Errorf("%d lines for 05-500 on the locked budget", n)
	}
	if n := r.writes.count("POST", "budget_line_items"); n != 1 {
		t.Errorf("%d tries to add the line, want 1", n)
	}
	l := lineOf(t, r, project, "05-500")
	if l.Status != jobcosts.LineRefused || !strings.Contains(l.Message, "The budget is locked") ||
		!strings.Contains(l.Message, "only through a budget change") || !strings.Contains(l.Fix, "budget change") ||
		!strings.Contains(l.Fix, "unlock the budget") || !strings.Contains(l.Fix, "cannot add lines to a locked budget") {
		t.Errorf("the refused line: %+v", l)
	}
	it := r.item(t, project)
	if it.State != engine.Failed || it.Failure == nil || !strings.Contains(it.Failure.Message, "05-500") ||
		!strings.Contains(it.Failure.Message, "The budget is locked") || !strings.Contains(it.Failure.Meaning, "locked") ||
		!strings.Contains(it.Failure.Fix, "budget change") {
		t.Errorf("the project's item: %s %+v", it.State, it.Failure)
	}
}

// When Joblink already knows the budget is locked (the budgets flow read its lock state), the
// line is not tried: it is listed as not in the budget, with the lock explained, at no call.
func TestJobCostsKnownLockedBudgetNotTried(t *testing.T) {
	var r *rig
	bf, cf := budgets.New(budgets.Deps{Procore: func() (*procore.Client, error) { return r.Client, nil }})
	r = newRigOpts(t, rigOptions{codes: codes, flows: []engine.Flow{bf, cf}, keep: func(r *rig) { bf.Keep(r.Store) }})
	const project = 4_880_000_002
	lines := lockedProject(t, r, project, "Known Lock Hall")
	if _, err := r.Engine.Detect(context.Background(), budgets.BudgetKind); err != nil {
		t.Fatal(err)
	}
	r.read(t)
	r.writes.reset()
	if _, err := r.Engine.Detect(context.Background(), jobcosts.Kind); err != nil {
		t.Fatal(err)
	}
	_ = r.Engine.PushAll(context.Background())
	if got := r.direct(t, project, lines[0]); !sameAmount(got, "410.00") {
		t.Errorf("01-100 shows %q, want 410.00", got)
	}
	if n := r.writes.count("POST", "budget_line_items"); n != 0 {
		t.Errorf("%d tries to add a line to a budget known to be locked", n)
	}
	l := lineOf(t, r, project, "05-500")
	if l.Status != jobcosts.LineNotInBudget || !strings.Contains(l.Message, "budget is locked") || !strings.Contains(l.Fix, "budget change") {
		t.Errorf("the line: %+v", l)
	}
	if it := r.item(t, project); it.State != engine.Synced {
		t.Errorf("the project's item: %s %+v", it.State, it.Failure)
	}
}
