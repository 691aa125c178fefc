package jobcosts_test

import (
	"context"
	"strings"
	"testing"

	"joblink/qbwc"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/session"
)

// session runs one whole Web Connector session as the product chains it (list refresh, exports,
// job costs: webconnector.go) against the simulated QuickBooks, as the session manager drives
// it (Next ahead of each answer below 100), and returns its message sets.
func (r *rig) session(t testing.TB) []string {
	t.Helper()
	ctx := context.Background()
	seq := &qbwc.Sequence{Phases: []session.Engine{qbwc.SessionAdapter{Engine: r.Refresh}, qbwc.ExportAdapter{Engine: r.Engine},
		qbwc.PhaseAdapter{Phase: r.svc}}}
	if !seq.HasWork(ctx) {
		return nil
	}
	r.skew.Add(int64(3_000_000_000)) // runs are seconds apart (QuickBooks stamps to the second)
	info := &session.Info{CompanyFile: r.QB.Info().FilePath}
	must(t, seq.Begin(ctx, info))
	var sets []string
	req, err := seq.Next(ctx, info)
	must(t, err)
	for req != "" {
		sets = append(sets, req)
		resp, err := r.QB.ProcessRequest(ctx, req)
		must(t, err)
		p, err := seq.Handle(ctx, info, resp)
		if err != nil || p < 0 {
			t.Fatalf("handle: %d %v", p, err)
		}
		if p >= 100 {
			break
		}
		req, err = seq.Next(ctx, info)
		must(t, err)
	}
	seq.End(ctx, info, nil)
	return sets
}

// A quiet Web Connector session is one round trip: the job-cost change signal rides in the list
// refresh's message set and each phase reads its own answers. A change rides the same way and
// costs one more set, its job's report.
func TestJobCostsQuietSessionOneRoundTrip(t *testing.T) {
	r := newRig(t)
	const project = 4_870_000_101
	lines := r.project(t, project, "Riding Depot", true, map[int]float64{0: 9_000})
	r.exportCodes(t)
	r.linkJobs(t)
	job := jobName("Riding Depot")
	r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-05", Ref: "RD-1",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "75.00", Job: job}}})
	r.session(t) // the first read of every linked job
	r.session(t) // the lists settle
	r.push(t)
	if got := r.direct(t, project, lines[0]); !sameAmount(got, "75.00") {
		t.Fatalf("01-100 shows %q, want 75.00", got)
	}

	sets := r.session(t)
	if len(sets) != 1 {
		t.Fatalf("a quiet session took %d round trips, want 1", len(sets))
	}
	if !strings.Contains(sets[0], "<CustomDetailReportQueryRq ") || !strings.Contains(sets[0], `requestID="chg"`) ||
		!strings.Contains(sets[0], "<CustomerQueryRq ") {
		t.Errorf("the one set does not carry both the list refresh and the change signal: %.600s", sets[0])
	}
	r.writes.reset()
	r.push(t)
	if n := r.writes.count("PATCH", "budget_line_items"); n != 0 {
		t.Errorf("a quiet session wrote %d lines", n)
	}

	r.txn(t, qbsim.Transaction{Type: "Check", Payee: "Redwood Framing Co.", Account: "Operating Checking", Date: "2026-10-06", Ref: "RD-2",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "25.00", Job: job}}})
	sets = r.session(t)
	if len(sets) != 2 || !strings.Contains(sets[1], "<GeneralDetailReportQueryRq ") && !strings.Contains(sets[1], "<JobReportQueryRq ") {
		t.Fatalf("a session with one changed job took %d sets, want the riding signal then its report", len(sets))
	}
	r.push(t)
	if got := r.direct(t, project, lines[0]); !sameAmount(got, "100.00") {
		t.Errorf("01-100 shows %q after the check, want 100.00", got)
	}
}

// BenchmarkJobCostsQuietSession is a whole quiet Web Connector session (list refresh, exports,
// job-cost signal) with linked jobs: round trips per session (target 1).
func BenchmarkJobCostsQuietSession(b *testing.B) {
	r := newRig(b)
	for i, name := range []string{"Quiet Yard", "Quiet Mill", "Quiet Pier"} {
		r.project(b, 4_870_000_201+int64(i), name, true, map[int]float64{0: 1_000})
	}
	r.exportCodes(b)
	r.linkJobs(b)
	r.session(b)
	r.session(b)
	trips := 0
	b.ResetTimer()
	for b.Loop() {
		trips += len(r.session(b))
	}
	b.ReportMetric(float64(trips)/float64(b.N), "roundtrips/op")
}
