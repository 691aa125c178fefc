package engine

import (
	"context"
	"testing"

	"joblink/qbwc/qbsim"
)

// A session exports everything queued, in as many message sets as it takes, and its progress
// only says 100 with the last answer: 30,000 items, 3,000 under the race detector (make bench
// exports 30,000 with 100,000 stored).
func TestSessionExportsEverythingQueued(t *testing.T) {
	n := 30000
	if raceEnabled || testing.Short() {
		n = 3000
	}
	r := newTestRig(t)
	r.add(t, 0, n)
	queued, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper)
	if err != nil || queued != n {
		t.Fatalf("export: %d, %v", queued, err)
	}
	s := r.runSession(t)
	if got := r.qb.ListCount(qbsim.KindVendor); got != n {
		t.Fatalf("QuickBooks has %d vendors, want %d", got, n)
	}
	page, err := r.e.List(testKind, Query{Status: "synced", Limit: 1})
	if err != nil || page.Total != n || page.Counts["queued"] != 0 || page.Counts["sending"] != 0 {
		t.Fatalf("synced %d of %d (counts %v), %v", page.Total, n, page.Counts, err)
	}
	if maxTrips := n/DefaultBatchSize + 2; s.roundTrips > maxTrips {
		t.Errorf("%d round trips, want at most %d", s.roundTrips, maxTrips)
	}
	for i, p := range s.progress {
		last := i == len(s.progress)-1
		if (p == 100) != last || (i > 0 && p < s.progress[i-1]) {
			t.Fatalf("progress %v: 100 must come with the last answer only, never going back", s.progress)
		}
	}
	if r.e.HasWork(context.Background()) {
		t.Error("work left after the session")
	}
	if last := r.e.LastRun(); last == nil || last.Added != n {
		t.Errorf("last run: %+v", last)
	}
}

// Queued items of which QuickBooks already has all but a few: preparing links them without a
// request, pass after pass. A session once gave up after 100 such passes and said "done" with
// 5,000 of 30,000 still queued; with 10 requests a set, 3,000 items take 300 passes.
func TestSessionLeavesNothingBehind(t *testing.T) {
	const n, added = 3000, 50
	r := newTestRig(t, WithBatchSize(10))
	r.know(0, n-added)
	r.add(t, 0, n)
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	s := r.runSession(t)
	page, err := r.e.List(testKind, Query{Status: "synced", Limit: 1})
	if err != nil || page.Total != n || r.qb.ListCount(qbsim.KindVendor) != added {
		t.Fatalf("synced %d of %d, QuickBooks has %d vendors (want %d), %v", page.Total, n, r.qb.ListCount(qbsim.KindVendor), added, err)
	}
	if len(s.progress) == 0 || s.progress[len(s.progress)-1] != 100 || r.e.HasWork(context.Background()) {
		t.Fatalf("progress %v, work left %v", s.progress, r.e.HasWork(context.Background()))
	}
	if last := r.e.LastRun(); last.Linked != n-added || last.Added != added {
		t.Errorf("last run: %+v", last)
	}
}

// Links of thousands of newly synced items are written and recorded: the write-back's
// bookkeeping is chunked (once one transaction, it failed above ~1,500 items and from then on
// no link was ever recorded).
func TestWriteBackRecordsThousandsOfLinks(t *testing.T) {
	const n = 2000
	r := newTestRig(t)
	r.add(t, 0, n)
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.runSession(t)
	if err := r.e.WriteBack(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(r.flow.linked) != n || r.flow.calls != (n+999)/1000 {
		t.Fatalf("%d links in %d calls", len(r.flow.linked), r.flow.calls)
	}
	pending, err := r.e.itemsIn(bucketLink, testKind, "", 0)
	if err != nil || len(pending) != 0 {
		t.Fatalf("%d links still waiting after the write-back (%v)", len(pending), err)
	}
	calls := r.flow.calls
	if err := r.e.WriteBack(context.Background()); err != nil || r.flow.calls != calls {
		t.Fatalf("a second pass wrote again: %d calls, %v", r.flow.calls-calls, err)
	}
}

// An idle engine finds no work however many synced items it holds.
func TestIdleHasNoWork(t *testing.T) {
	r := newTestRig(t)
	r.add(t, 0, 500)
	if r.e.HasWork(context.Background()) {
		t.Fatal("work before anything was accepted")
	}
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	if !r.e.HasWork(context.Background()) {
		t.Fatal("no work with 500 queued")
	}
	r.runSession(t)
	if r.e.HasWork(context.Background()) {
		t.Fatal("work after everything was exported")
	}
}

// A kind's version moves when its items are saved, and only then.
func TestVersionMovesWithTheKindsItems(t *testing.T) {
	parents, children := newTestFlowOf(testKind), newTestFlowOf("testchild")
	r := newTestRigWith(t, []*testFlow{parents, children})
	v0, c0 := r.e.Version(testKind), r.e.Version("testchild")
	r.addTo(t, parents, 0, 3)
	v1 := r.e.Version(testKind)
	if v1 == v0 || r.e.Version("testchild") != c0 {
		t.Fatalf("after detecting vendors: %d→%d, children %d→%d", v0, v1, c0, r.e.Version("testchild"))
	}
	if _, err := r.e.List(testKind, Query{}); err != nil || r.e.Version(testKind) != v1 {
		t.Fatal("reading moved the version")
	}
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil || r.e.Version(testKind) == v1 {
		t.Fatalf("a decision did not move the version (%v)", err)
	}
}
