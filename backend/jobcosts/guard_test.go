package jobcosts_test

import (
	"testing"

	"joblink/backend/jobcosts"
	"joblink/qbwc/qbsim"
)

// A bill Joblink created from a Procore subcontractor invoice is already in Procore: its item
// lines are subtracted from the QuickBooks actual and listed as excluded, so nothing counts
// twice; other bills on the same cost code still count.
func TestJobCostsJoblinkBillsNotCountedTwice(t *testing.T) {
	r := newRig(t)
	const project = 4_890_000_001
	lines := r.project(t, project, "Guarded Tower", true, map[int]float64{0: 8_000})
	r.exportCodes(t)
	r.linkJobs(t)
	job := jobName("Guarded Tower")
	ours := r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-05", Ref: "INV-7",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "4000.00", Job: job}}})
	r.txn(t, qbsim.Transaction{Type: "Check", Payee: "Redwood Framing Co.", Account: "Operating Checking", Date: "2026-10-06", Ref: "77",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "125.00", Job: job}}})
	r.mu.Lock()
	r.joblinkBills = map[string]bool{ours: true}
	r.mu.Unlock()
	r.read(t)
	r.push(t)
	if got := r.direct(t, project, lines[0]); got != "125.0" && got != "125.00" {
		t.Errorf("01-100 shows %q, want 125.00 (the Joblink bill's 4000.00 left out)", got)
	}
	j, err := r.svc.Job(mustLink(t, r, project).ListID)
	must(t, err)
	if len(j.Excluded) != 1 || j.Excluded[0].Reason != jobcosts.ReasonJoblinkBill || j.Excluded[0].Amount != 400000 {
		t.Errorf("excluded = %+v, want the Joblink bill's 4000.00", j.Excluded)
	}
	// A later change on the job (item lines only) keeps the subtraction without re-reading the detail.
	r.txn(t, qbsim.Transaction{Type: "Check", Payee: "Redwood Framing Co.", Account: "Operating Checking", Date: "2026-10-07", Ref: "78",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "10.00", Job: job}}})
	r.read(t)
	r.push(t)
	if got := r.direct(t, project, lines[0]); got != "135.0" && got != "135.00" {
		t.Errorf("after another check 01-100 shows %q, want 135.00", got)
	}
}
