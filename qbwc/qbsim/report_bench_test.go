package qbsim

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// jobCostScaleCompany is the benchmark company: jobs x codes, each job with two bills
// carrying one item line per code, plus an expense line.
func jobCostScaleCompany(tb testing.TB, jobs, codes int) *Company {
	tb.Helper()
	f := Fixture{
		Accounts: []Account{{Name: "Accounts Payable", Type: "AccountsPayable"}, {Name: "Job Costs", Type: "CostOfGoodsSold"}, {Name: "Income", Type: "Income"}},
		Vendors:  []Vendor{{Name: "Scale Vendor"}},
	}
	for i := range codes {
		f.Items = append(f.Items, Item{Name: fmt.Sprintf("%02d-%03d", i/10, i), IncomeAccount: "Income", ExpenseAccount: "Job Costs"})
	}
	for j := range jobs {
		f.Customers = append(f.Customers, Customer{Name: fmt.Sprintf("Customer %d", j)}, Customer{Name: "Job", Parent: fmt.Sprintf("Customer %d", j)})
		job := fmt.Sprintf("Customer %d:Job", j)
		for b := range 2 {
			t := Transaction{Type: "Bill", Vendor: "Scale Vendor", Date: "2024-03-01", Ref: fmt.Sprintf("S-%d-%d", j, b),
				ExpenseLines: []ExpenseLine{{Account: "Job Costs", Amount: "10.00", Job: job}}}
			for i := range codes {
				t.ItemLines = append(t.ItemLines, ItemLine{Item: f.Items[i].Name, Amount: fmt.Sprintf("%d.%02d", 100+i, j%100), Job: job})
			}
			f.Transactions = append(f.Transactions, t)
		}
	}
	c := New()
	if err := c.Seed(f); err != nil {
		tb.Fatal(err)
	}
	return c
}

// BenchmarkJobReports answers one message set of 300 JobReportQuery (60 cost codes each): the
// first job-costs refresh's QuickBooks side.
func BenchmarkJobReports(b *testing.B) {
	const jobs = 300
	c := jobCostScaleCompany(b, jobs, 60)
	s, err := c.BeginSession()
	if err != nil {
		b.Fatal(err)
	}
	defer s.End()
	var rq strings.Builder
	for j := range jobs {
		fmt.Fprintf(&rq, `<JobReportQueryRq requestID="%d"><JobReportType>JobEstimatesVsActualsDetail</JobReportType><ReportEntityFilter><FullName>Customer %d:Job</FullName></ReportEntityFilter></JobReportQueryRq>`, j, j)
	}
	set := msgSet("continueOnError", rq.String())
	b.ResetTimer()
	for b.Loop() {
		resp, err := s.ProcessRequest(context.Background(), set)
		if err != nil || strings.Contains(resp, `statusSeverity="Error"`) {
			b.Fatal("a report failed", err)
		}
	}
	b.ReportMetric(float64(b.N*jobs)/b.Elapsed().Seconds(), "reports/s")
}
