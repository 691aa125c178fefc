package jobcosts_test

import (
	"context"
	"strconv"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/jobcosts"
	"joblink/backend/procore"
	"joblink/qbwc/qbsim"
)

// Procore losing the answer to any one of a project's requests (the write done, the answer
// never arriving — as after a crash) leaves every line with the right figure after the next
// passes, and never a budget line added twice: each pass reads the budget before it writes.
func TestJobCostsLostAnswers(t *testing.T) {
	// A push here is: views, detail rows, two line writes, the project's cost codes, the new
	// line, its figure — seven requests.
	for lose := 1; lose <= 7; lose++ {
		t.Run(strconv.Itoa(lose), func(t *testing.T) {
			r := newRig(t)
			const project = 4_870_000_001
			lines := r.project(t, project, "Lost Answers Hall", true, map[int]float64{0: 9_000, 1: 9_000})
			r.exportCodes(t)
			r.linkJobs(t)
			job := jobName("Lost Answers Hall")
			r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-05", Ref: "L-1",
				ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "111.11", Job: job}, {Item: "03-300", Amount: "222.22", Job: job},
					{Item: "05-500", Amount: "333.33", Job: job}}})
			r.set(func(s *jobcosts.Settings) { s.AddNewCostCodes = true })
			r.read(t)
			ctx := context.Background()
			if _, err := r.Engine.Detect(ctx, jobcosts.Kind); err != nil {
				t.Fatal(err)
			}
			r.psrv.LoseResponses(lose)
			_ = r.Engine.PushAll(ctx) // the answer is lost: the item's outcome is unknown
			for pass := 0; pass < 3 && r.item(t, project).State != engine.Synced; pass++ {
				_ = r.Engine.PushAll(ctx)
			}
			if it := r.item(t, project); it.State != engine.Synced {
				t.Fatalf("after the lost answer: %s %+v", it.State, it.Failure)
			}
			if a, b := r.direct(t, project, lines[0]), r.direct(t, project, lines[1]); a != "111.11" || b != "222.22" {
				t.Errorf("lines show %q and %q, want 111.11 and 222.22", a, b)
			}
			rows, err := r.Client.ListBudgetDetailRows(project, budgetView+project%1000, procore.BudgetDetailRowsOptions{}).Collect(ctx)
			must(t, err)
			added := 0
			for _, row := range rows {
				if row.ID != 0 && row.CostCodeID == 0 {
					t.Errorf("row without a cost code: %+v", row)
				}
				if code, _ := splitCode(row.CostCode); code == "05-500" {
					added++
					if d, _, _ := row.Amount(procore.ColumnDirectCosts); !sameAmount(string(d), "333.33") {
						t.Errorf("the added line shows %q, want 333.33", d)
					}
				}
			}
			if added != 1 {
				t.Errorf("%d budget lines for 05-500, want exactly 1", added)
			}
		})
	}
}

func splitCode(s string) (string, string) {
	for i := 0; i+3 <= len(s); i++ {
		if s[i:i+3] == " - " {
			return s[:i], s[i+3:]
		}
	}
	return s, ""
}

func sameAmount(a, b string) bool {
	fa, ea := strconv.ParseFloat(a, 64)
	fb, eb := strconv.ParseFloat(b, 64)
	return ea == nil && eb == nil && fa == fb
}
