package jobcosts_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/jobcosts"
	"joblink/backend/procore"
	"joblink/qbwc/qbsim"
)

// End to end through both simulators: QuickBooks transactions on linked jobs become each budget
// line's Direct Costs in Procore, costs without an item stay apart, the Direct Costs tool is
// explained, a cost code outside the budget is listed (or added), a deletion brings its line
// back down, and a quiet refresh writes nothing.
func TestJobCostsEndToEnd(t *testing.T) {
	r := newRig(t)
	const main, toolOn, unlinked = 4_850_000_001, 4_850_000_002, 4_850_000_003
	lines := r.project(t, main, "Harbor Offices", true, map[int]float64{0: 50_000, 1: 120_000, 4: 0})
	toolLines := r.project(t, toolOn, "Cedar Clinic", true, map[int]float64{0: 20_000})
	r.project(t, unlinked, "Unlinked Yard", false, map[int]float64{0: 1_000})
	must(t, r.pc.SetDirectCostsTool(toolOn, true))
	r.exportCodes(t)
	r.linkJobs(t)

	job, clinic := jobName("Harbor Offices"), jobName("Cedar Clinic")
	r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-05", Ref: "B-1",
		ItemLines: []qbsim.ItemLine{
			{Item: "01-100", Amount: "1000.00", Job: job},
			{Item: "03-300", Amount: "2500.25", Job: job},
			{Item: "99-RET", Amount: "-250.00", Job: job}, // retainage held: not a cost
		},
		ExpenseLines: []qbsim.ExpenseLine{{Account: "Job Costs:Equipment Rental", Amount: "250.00", Job: job, Memo: "Lift rental"}}})
	check := r.txn(t, qbsim.Transaction{Type: "Check", Payee: "Redwood Framing Co.", Account: "Operating Checking", Date: "2026-10-06", Ref: "5101",
		ItemLines: []qbsim.ItemLine{{Item: "03-300", Amount: "300.00", Job: job}}})
	r.txn(t, qbsim.Transaction{Type: "CreditCardCharge", Payee: "ACME Lumber & Supply", Account: "Company Visa", Date: "2026-10-07", Ref: "V-1",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "49.99", Job: job}}})
	r.txn(t, qbsim.Transaction{Type: "JournalEntry", Date: "2026-10-08", Ref: "JE-1", JournalLines: []qbsim.JournalLine{
		{Debit: true, Account: "Job Costs:Direct Labor", Amount: "400.00", Entity: job, Memo: "Crew labor"},
		{Account: "Payroll Checking", Amount: "400.00", Memo: "Crew labor"}}})
	r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Oakland Steel Erectors", Date: "2026-10-09", Ref: "B-2",
		ItemLines: []qbsim.ItemLine{{Item: "05-500", Amount: "700.00", Job: job}}}) // no budget line: not in the budget
	r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-09", Ref: "B-3",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "500.00", Job: clinic}}})

	// First refresh: every linked job read.
	if trips := r.read(t); trips != 1 {
		t.Errorf("first refresh of 2 jobs took %d round trips, want 1", trips)
	}
	r.push(t)
	if got := r.direct(t, main, lines[0]); got != "1049.99" {
		t.Errorf("01-100 direct costs = %q, want 1049.99 (bill 1000 + card 49.99)", got)
	}
	if got := r.direct(t, main, lines[1]); got != "2800.25" {
		t.Errorf("03-300 direct costs = %q, want 2800.25 (bill 2500.25 + check 300)", got)
	}
	if got := r.direct(t, main, lines[4]); got != "0.0" && got != "0.00" && got != "0" {
		t.Errorf("the retainage line shows %q; retainage is not a cost", got)
	}
	j, err := r.svc.Job(mustLink(t, r, main).ListID)
	must(t, err)
	if j == nil || j.NoCodeTotal != 65000 || len(j.NoCode) != 2 {
		t.Fatalf("costs without a cost code = %+v, want 650.00 in 2 lines (rental 250, journal 400)", j)
	}
	if len(j.Excluded) != 1 || j.Excluded[0].Reason != jobcosts.ReasonRetainage || j.Excluded[0].Amount != -25000 {
		t.Errorf("excluded = %+v, want the retainage line", j.Excluded)
	}
	if it := r.item(t, main); it.State != engine.Synced {
		t.Errorf("main project's item is %s %+v, want synced", it.State, it.Failure)
	}
	v := mustView(t, r, main)
	if l := findLine(v, "05-500"); l == nil || l.Status != jobcosts.LineNotInBudget || l.Target != 70000 {
		t.Errorf("05-500 (no budget line) = %+v, want listed not in the budget with 700.00", l)
	}
	// The Direct Costs tool is on in the clinic: refused by Procore, explained with the fix.
	it := r.item(t, toolOn)
	if it.State != engine.Failed || it.Failure == nil || !strings.Contains(it.Failure.Fix, "Direct Costs tool off") ||
		!strings.Contains(it.Failure.Fix, "editable") {
		t.Errorf("tool-on project: %s %+v, want failed with the fix", it.State, it.Failure)
	}
	if got := r.direct(t, toolOn, toolLines[0]); strings.HasPrefix(got, "500") {
		t.Errorf("tool-on line shows %q, want nothing written", got)
	}
	if _, err := r.Engine.Get(engine.ItemID(jobcosts.Kind, strconv.Itoa(unlinked))); err == nil {
		t.Error("an unlinked project got a job-cost item")
	}

	// The page: per cost code, costs without a cost code apart, and a reconciliation whose
	// every difference is explained.
	d, ok, err := r.svc.Project(strconv.Itoa(main))
	if err != nil || !ok {
		t.Fatalf("project page: %v %v", ok, err)
	}
	if d.WithoutCostCode.Total != "650.00" || d.Reconciliation.QuickBooksTotal != "5200.24" ||
		d.Reconciliation.ProcoreShows != "3850.24" || d.Reconciliation.Unexplained != "0.00" {
		t.Errorf("reconciliation = %+v", d.Reconciliation)
	}
	reasons := map[string]string{}
	for _, re := range d.Reconciliation.Reasons {
		reasons[re.Reason] = re.Amount
	}
	if reasons["without_cost_code"] != "650.00" || reasons["not_in_budget"] != "700.00" || len(reasons) != 2 {
		t.Errorf("reasons = %v, want 650.00 without a cost code and 700.00 not in the budget", reasons)
	}
	if d.Project.Actual == nil || *d.Project.Actual != "4550.24" || d.Project.Procore.State != "up_to_date" {
		t.Errorf("project row = %+v", d.Project)
	}
	td, _, err := r.svc.Project(strconv.Itoa(toolOn))
	must(t, err)
	if td.Project.Procore.State != "attention" || td.Reconciliation.Unexplained != "0.00" ||
		len(td.Reconciliation.Reasons) != 1 || td.Reconciliation.Reasons[0].Reason != jobcosts.LineToolOn {
		t.Errorf("tool-on page: %+v %+v", td.Project.Procore, td.Reconciliation)
	}
	list, err := r.svc.List(jobcosts.ListQuery{Sort: "actual", Desc: true, Limit: 10})
	must(t, err)
	if list.Total != 2 || list.Projects[0].ProjectID != strconv.Itoa(main) || list.Totals.Actual != "5050.24" {
		t.Errorf("list = total %d, first %+v, totals %+v", list.Total, list.Projects, list.Totals)
	}
	if l2, _ := r.svc.List(jobcosts.ListQuery{Search: "cedar", Limit: 10}); l2.Total != 1 || l2.Projects[0].ProjectID != strconv.Itoa(toolOn) {
		t.Errorf("search cedar: %+v", l2)
	}

	// A quiet refresh: one round trip, nothing written.
	r.writes.reset()
	if trips := r.read(t); trips != 1 {
		t.Errorf("quiet refresh took %d round trips, want 1", trips)
	}
	r.push(t)
	if n := r.writes.count("PATCH", "/budget_line_items/") + r.writes.count("POST", "/budget_line_items"); n != 0 {
		t.Errorf("a quiet refresh wrote %d times to Procore", n)
	}

	// A deletion and a new bill: only the main job is read again, only its changed lines written.
	r.deleteTxn(t, "Check", check)
	r.writes.reset()
	if trips := r.read(t); trips != 2 {
		t.Errorf("a refresh with one changed job took %d round trips, want 2 (signal, report)", trips)
	}
	if got := r.svc.Progress(); got.JobsRead != 1 {
		t.Errorf("jobs read = %d, want 1", got.JobsRead)
	}
	r.push(t)
	if got := r.direct(t, main, lines[1]); got != "2500.25" {
		t.Errorf("03-300 after the check's deletion = %q, want 2500.25", got)
	}
	if n := r.writes.count("PATCH", "/budget_line_items/"); n != 1 {
		t.Errorf("%d lines written after one line changed, want 1: %v", n, r.writes.n)
	}
	v = mustView(t, r, main)
	if l := findLine(v, "03-300"); l == nil || l.Status != jobcosts.LineWritten {
		t.Errorf("03-300 view = %+v", l)
	}

	// An Expenses-tab cost alone: the job's detail is read again (2 report requests in one
	// round trip), the figure goes to costs without a cost code, no budget line is written.
	r.txn(t, qbsim.Transaction{Type: "Check", Payee: "East Bay Excavating", Account: "Operating Checking", Date: "2026-10-21", Ref: "5102",
		ExpenseLines: []qbsim.ExpenseLine{{Account: "Job Costs:Permits & Fees", Amount: "1285.00", Job: job, Memo: "City permit"}}})
	r.writes.reset()
	if trips := r.read(t); trips != 2 || r.requests("CustomDetailReportQueryRq") != 2 {
		t.Errorf("expense-only change: %d round trips, %d detail requests (signal + the job's)", trips, r.requests("CustomDetailReportQueryRq"))
	}
	r.push(t)
	if j, _ := r.svc.Job(mustLink(t, r, main).ListID); j == nil || j.NoCodeTotal != 193500 {
		t.Errorf("costs without a cost code after the permit: %+v", j)
	}
	if n := r.writes.count("PATCH", "/budget_line_items/"); n != 0 {
		t.Errorf("an Expenses-tab cost wrote %d budget lines", n)
	}

	// "Editable, not populated": nothing is written, the page still shows both figures.
	r.set(func(s *jobcosts.Settings) { s.DirectCostColumn = jobcosts.ColumnEditable })
	r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-22", Ref: "B-4",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "10.00", Job: job}}})
	r.writes.reset()
	r.read(t)
	r.push(t)
	if n := r.writes.count("PATCH", "/budget_line_items/") + r.writes.count("POST", "/budget_line_items"); n != 0 {
		t.Errorf("editable: %d writes", n)
	}
	if got := r.direct(t, main, lines[0]); got != "1049.99" {
		t.Errorf("editable: 01-100 shows %q, want the earlier 1049.99", got)
	}
	ed, _, err := r.svc.Project(strconv.Itoa(main))
	must(t, err)
	if ed.Project.Procore.State != "not_written" || ed.Reconciliation.Unexplained != "0.00" {
		t.Errorf("editable page: %+v %+v", ed.Project.Procore, ed.Reconciliation)
	}
	for _, l := range ed.Lines {
		if l.CostCode == "01-100" && (l.Actual != "1059.99" || l.ProcoreDirectCosts == nil || *l.ProcoreDirectCosts != "1049.99" || !l.Changed) {
			t.Errorf("editable 01-100 line: %+v", l)
		}
	}
	r.set(func(s *jobcosts.Settings) { s.DirectCostColumn = jobcosts.ColumnReadOnly })
	r.push(t)
	if got := r.direct(t, main, lines[0]); got != "1059.99" {
		t.Errorf("back to read-only: 01-100 shows %q, want 1059.99", got)
	}

	// The Direct Costs tool turned off, then Refresh all: the clinic is written.
	must(t, r.pc.SetDirectCostsTool(toolOn, false))
	if _, err := r.svc.Refresh(nil); err != nil {
		t.Fatal(err)
	}
	r.read(t)
	r.push(t)
	if got := r.direct(t, toolOn, toolLines[0]); !strings.HasPrefix(got, "500.0") {
		t.Errorf("after the tool was turned off and a refresh: the clinic's line shows %q, want 500.00", got)
	}
	if it := r.item(t, toolOn); it.State != engine.Synced {
		t.Errorf("clinic after the refresh: %s %+v", it.State, it.Failure)
	}

	// A budget changed in Procore, then Refresh of the project: Procore is read again although
	// QuickBooks did not change, and the page shows the new budget.
	nb := procore.Decimal("60000.00")
	if _, err := r.Client.UpdateBudgetLineItem(context.Background(), main, lines[0], procore.BudgetLineItemFields{OriginalBudgetAmount: &nb}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.svc.Refresh([]string{strconv.Itoa(main)}); err != nil {
		t.Fatal(err)
	}
	r.read(t)
	r.push(t)
	if l := findLine(mustView(t, r, main), "01-100"); l == nil || l.Budget != 6_000_000 {
		t.Errorf("after the project's refresh: 01-100 = %+v, want the new budget 60000.00", l)
	}

	// The setting on: the missing cost code gets a budget line (original 0) with its actual.
	r.set(func(s *jobcosts.Settings) { s.AddNewCostCodes = true })
	r.push(t)
	v = mustView(t, r, main)
	l := findLine(v, "05-500")
	if l == nil || l.Status != jobcosts.LineAdded || l.BudgetLineItemID == 0 {
		t.Fatalf("05-500 with the setting on = %+v, want added", l)
	}
	if got := r.direct(t, main, l.BudgetLineItemID); got != "700.0" && got != "700.00" {
		t.Errorf("the added line shows %q, want 700.00", got)
	}
	// Once more: the line is found, not added twice.
	r.set(func(s *jobcosts.Settings) { s.AddNewCostCodes = true; s.DirectCostColumn = jobcosts.ColumnReadOnly })
	r.writes.reset()
	r.push(t)
	if n := r.writes.count("POST", "/budget_line_items"); n != 0 {
		t.Errorf("%d budget lines created again", n)
	}
}

func mustLink(t *testing.T, r *rig, project int64) *engine.QBRef {
	t.Helper()
	ref, err := r.Engine.LinkOf("job", strconv.FormatInt(project, 10))
	if err != nil || ref == nil {
		t.Fatalf("project %d not linked: %v", project, err)
	}
	return ref
}

func mustViewB(t testing.TB, r *rig, project int64) *jobcosts.ProjectView {
	return mustView(t, r, project)
}

func mustView(t testing.TB, r *rig, project int64) *jobcosts.ProjectView {
	t.Helper()
	v, err := r.svc.View(strconv.FormatInt(project, 10))
	if err != nil || v == nil {
		t.Fatalf("view of %d: %v %v", project, v, err)
	}
	return v
}

func findLine(v *jobcosts.ProjectView, code string) *jobcosts.ViewLine {
	for i := range v.Lines {
		if v.Lines[i].CostCode == code {
			return &v.Lines[i]
		}
	}
	return nil
}
