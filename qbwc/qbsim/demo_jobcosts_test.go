package qbsim

import (
	"strings"
	"testing"

	"joblink/qbwc/qbxml"
)

// TestDemoJobCosts reads every demo budget job's reports through the codec: each has item costs
// on the cost-code service items, the totals check, the credits reduce them, and the
// Expenses-tab and journal lines appear only in the detail report.
func TestDemoJobCosts(t *testing.T) {
	c, err := NewDemoCompany(WithClock(fixedClock()))
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.End()
	codes := map[string]bool{}
	for _, cc := range demoCostCodes {
		codes[cc.code] = true
	}
	ms := qbxml.MessageSet{OnError: qbxml.ContinueOnError}
	for _, j := range demoCostJobs {
		ms.Add(qbxml.JobReportQuery{Job: j.job})
		ms.Add(qbxml.JobCostDetailQuery(j.job))
	}
	items := map[string]map[string]qbxml.Decimal{}
	uncoded := map[string]int64{}
	err = qbxml.ReadReports(strings.NewReader(processSet(t, s, &ms)), func(resp *qbxml.Response, rep *qbxml.ReportReader) error {
		if resp.Status.Code != 0 || rep == nil {
			t.Fatalf("%s: %v", resp.Name, resp.Status)
		}
		if resp.Name == "JobReportQueryRs" {
			jr, err := qbxml.ReadJobReport(rep)
			if err != nil {
				return err
			}
			if err := jr.CheckTotal(); err != nil {
				t.Error(err)
			}
			job := strings.TrimPrefix(jr.Title, "Job Estimates vs. Actuals Detail for ")
			items[job] = map[string]qbxml.Decimal{}
			for _, it := range jr.Items {
				if !codes[it.Item] {
					t.Errorf("%s: cost on %q, not a demo cost code item", job, it.Item)
				}
				items[job][it.Item] = it.ActCost
			}
			return nil
		}
		rows, err := qbxml.ReadJobCostDetail(rep)
		for _, r := range rows {
			if r.Item == "" {
				n, _ := r.Amount.Units(2)
				uncoded[r.Job()] += n
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range demoCostJobs {
		if len(items[j.job]) < 5 {
			t.Errorf("%s: %d cost codes with actual costs", j.job, len(items[j.job]))
		}
	}
	first, second := demoCostJobs[0].job, demoCostJobs[1].job
	// 03-110 on the first job: the item receipt 12 x 418.75 less the vendor credit 837.50.
	if got := items[first]["03-110"]; got != "4187.50" {
		t.Errorf("03-110 on %s = %s, want 4187.50", first, got)
	}
	if got := items[second]["02-100"]; got != "8450.00" {
		t.Errorf("the code outside the budget on %s = %s", second, got)
	}
	// Expenses-tab lines and the labor journal entry are costs without a cost code.
	if uncoded[first] != 64050+412000 || uncoded[second] != 128500+268000 {
		t.Errorf("costs without a cost code: %v", uncoded)
	}
}
