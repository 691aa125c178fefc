package jobcosts_test

import (
	"testing"

	"joblink/backend/jobcosts"
	"joblink/qbwc/qbsim"
)

// Once a Web Connector run has read the jobs that changed, the poller is asked at once (once
// a run) to write them to Procore, before the session even closes: the refresh ends "done"
// with the figures in Procore, not "waiting to be written" until the next poll. A quiet run
// asks nothing (a poll costs Procore calls).
func TestJobCostsPollerPokedWhenRead(t *testing.T) {
	r := newRig(t)
	const project = 4_860_000_001
	lines := r.project(t, project, "Prompt Plaza", true, map[int]float64{0: 9_000})
	r.exportCodes(t)
	r.linkJobs(t)
	r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-05", Ref: "PK-1",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "640.00", Job: jobName("Prompt Plaza")}}})
	var states []string
	r.onSyncNow = func() {
		if r.ended {
			t.Error("the poller was asked only when the session closed")
		}
		states = append(states, r.svc.Progress().State)
		r.push(t) // the poller's pass, run here so the test sees it before the run ends
	}
	r.read(t)
	if len(states) != 1 || states[0] != jobcosts.StateWriting {
		t.Fatalf("poller asked %d times (progress %v), want once, while writing", len(states), states)
	}
	if got := r.direct(t, project, lines[0]); !sameAmount(got, "640.00") {
		t.Errorf("01-100 shows %q after the run, want 640.00", got)
	}
	if p := r.svc.Progress(); p.State != jobcosts.StateDone || p.ProjectsWritten != 1 || p.LinesWritten != 1 {
		t.Errorf("progress after the run: %+v, want done with 1 project and 1 line written", p)
	}

	states = nil
	if trips := r.read(t); trips != 1 {
		t.Errorf("quiet run took %d round trips", trips)
	}
	if len(states) != 0 {
		t.Errorf("a quiet run asked the poller %d times", len(states))
	}
	if p := r.svc.Progress(); p.State != jobcosts.StateDone {
		t.Errorf("progress after a quiet run: %+v", p)
	}

	// A cost without a cost code changes what the page shows, not what Procore is sent: the job
	// is read, the refresh is done at once (it does not wait "writing" for a push that never
	// comes), and the poller is not asked.
	r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-06", Ref: "PK-2",
		ExpenseLines: []qbsim.ExpenseLine{{Account: "Job Costs:Equipment Rental", Amount: "250.00", Job: jobName("Prompt Plaza"), Memo: "Lift"}}})
	states = nil
	r.read(t)
	if p := r.svc.Progress(); p.State != jobcosts.StateDone || p.JobsRead != 1 || p.ProjectsToWrite != 0 {
		t.Errorf("progress after an Expenses-tab cost: %+v, want done with 1 job read and nothing to write", p)
	}
	if len(states) != 0 {
		t.Errorf("the poller was asked %d times for nothing to write", len(states))
	}
}
