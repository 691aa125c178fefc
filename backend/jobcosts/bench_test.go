package jobcosts_test

import (
	"fmt"
	"testing"

	"joblink/qbwc/qbsim"
)

// BenchmarkJobCosts300x60: 300 linked jobs with actuals on 60 cost codes each, through both
// simulators. Figures (internal/benchreport/targets.tsv): round trips of the first refresh, of a
// quiet one and of one with a single changed job; Procore writes of the quiet refresh and of the
// changed job (two of its lines changed); report requests for that job.
func BenchmarkJobCosts300x60(b *testing.B) {
	const jobs, perJob = 300, 60
	var cs []code
	for i := range perJob {
		cs = append(cs, code{ID: int64(4_812_000_000 + i), Code: fmt.Sprintf("%02d-%03d", i/10+1, 100+i%10*10), Name: fmt.Sprintf("Code %d", i)})
	}
	for range b.N {
		r := newRigWith(b, cs, 1_000_000) // the limit is not what is measured here
		budget := map[int]float64{}
		for i := range perJob {
			budget[i] = 10_000
		}
		names := make([]string, jobs)
		for j := range jobs {
			names[j] = fmt.Sprintf("Site %03d", j)
			r.project(b, int64(4_860_000_000+j), names[j], true, budget)
		}
		r.exportCodes(b)
		r.linkJobs(b)
		for j := range jobs {
			bill := qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-05", Ref: fmt.Sprintf("B-%d", j)}
			for i := range perJob {
				bill.ItemLines = append(bill.ItemLines, qbsim.ItemLine{Item: cs[i].Code, Amount: fmt.Sprintf("%d.%02d", 100+i, j%100), Job: jobName(names[j])})
			}
			if j%10 == 0 {
				bill.ExpenseLines = []qbsim.ExpenseLine{{Account: "Job Costs:Equipment Rental", Amount: "125.00", Job: jobName(names[j])}}
			}
			r.txn(b, bill)
		}
		b.ResetTimer()

		first := r.read(b)
		r.writes.reset()
		r.push(b)
		firstWrites := r.writes.count("PATCH", "/budget_line_items")
		if got := r.direct(b, 4_860_000_007, firstLine(b, r, 4_860_000_007)); got == "" {
			b.Fatal("the first refresh wrote nothing")
		}

		r.writes.reset()
		quiet := r.read(b)
		r.push(b)
		quietWrites := r.writes.count("PATCH", "/budget_line_items") + r.writes.count("POST", "/budget_line_items")

		r.txn(b, qbsim.Transaction{Type: "Check", Payee: "Redwood Framing Co.", Account: "Operating Checking", Date: "2026-10-20", Ref: "9001",
			ItemLines: []qbsim.ItemLine{{Item: cs[3].Code, Amount: "40.00", Job: jobName(names[7])}, {Item: cs[5].Code, Amount: "2.50", Job: jobName(names[7])}}})
		r.writes.reset()
		changed := r.read(b)
		reports := r.requests("JobReportQueryRq") + r.requests("CustomDetailReportQueryRq") - 1 // less the signal's
		r.push(b)
		changedWrites := r.writes.count("PATCH", "/budget_line_items")

		b.StopTimer()
		b.ReportMetric(float64(first), "roundtrips-first")
		b.ReportMetric(float64(firstWrites), "procore-writes-first")
		b.ReportMetric(float64(quiet), "roundtrips-quiet")
		b.ReportMetric(float64(quietWrites), "procore-writes-quiet")
		b.ReportMetric(float64(changed), "roundtrips-changed-job")
		b.ReportMetric(float64(reports), "report-requests-changed-job")
		b.ReportMetric(float64(changedWrites), "procore-writes-changed-job")
		b.StartTimer()
	}
}

func firstLine(b *testing.B, r *rig, project int64) int64 {
	v := mustViewB(b, r, project)
	for _, l := range v.Lines {
		if l.HasLine {
			return l.BudgetLineItemID
		}
	}
	b.Fatal("no budget line")
	return 0
}
