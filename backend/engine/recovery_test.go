package engine

import (
	"context"
	"regexp"
	"testing"

	"joblink/qbwc/qbsim"
)

// loseAnswer runs a session until QuickBooks has processed its n-th set, then stops as a crash
// or a dropped connection would: QuickBooks did the work, Joblink never read the answer.
func (r *testRig) loseAnswer(t *testing.T, n int) {
	t.Helper()
	ctx := context.Background()
	if err := r.e.BeginRun(ctx); err != nil {
		t.Fatal(err)
	}
	for i := 1; ; i++ {
		req, err := r.e.NextRequest(ctx)
		if err != nil || req == "" {
			t.Fatalf("set %d: %q, %v", i, req, err)
		}
		resp, err := r.qb.ProcessRequest(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if i == n {
			r.e.EndRun(ctx, context.Canceled)
			return
		}
		if _, err := r.e.HandleResponse(ctx, resp); err != nil {
			t.Fatal(err)
		}
	}
}

// A set whose answer was lost is settled from the answer QuickBooks kept: nothing is sent
// twice, and nothing needs looking up by name.
func TestLostAnswerIsRecoveredFromQuickBooks(t *testing.T) {
	r := newTestRig(t, WithBatchSize(40))
	r.add(t, 0, 100)
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.loseAnswer(t, 2) // 40 saved and known, 40 saved and unknown, 20 still queued
	if page, _ := r.e.List(testKind, Query{Status: "sending"}); page.Total != 40 {
		t.Fatalf("%d sending after the lost answer, want 40", page.Total)
	}
	s := r.runSession(t)
	if got := r.qb.ListCount(qbsim.KindVendor); got != 100 {
		t.Fatalf("QuickBooks has %d vendors, want 100 (none twice)", got)
	}
	last := r.e.LastRun()
	if last.Recovered != 40 || last.Added != 20 || s.roundTrips != 2 {
		t.Fatalf("run %+v in %d round trips: want 40 recovered from the kept answer, then one set of 20", last, s.roundTrips)
	}
	it, _ := r.e.Get(ItemID(testKind, "0000050"))
	if it.State != Synced || it.QB == nil || it.QB.ListID == "" {
		t.Fatalf("recovered item: %+v", it)
	}
	if acts, _ := r.e.Activity(testKind, 500); !hasMessage(acts, "Saved in QuickBooks before an interruption: Joblink read the answer QuickBooks kept") || hasMessage(acts, "Found in QuickBooks after an interrupted run") {
		t.Fatal("the lost set was not settled from QuickBooks' kept answer")
	}
	if !regexp.MustCompile(`^\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$`).MatchString(it.Stamp) {
		t.Fatalf("stamp %q is not a GUID QuickBooks takes", it.Stamp)
	}
	checkIndex(t, r.e)
}

// A QuickBooks that kept no answer (status 600) leaves the items to be looked up one by one:
// still nothing twice.
func TestLostAnswerWithoutAKeptAnswerIsLookedUp(t *testing.T) {
	r := newTestRig(t, WithBatchSize(40))
	r.add(t, 0, 100)
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.loseAnswer(t, 2)
	forget := `<?xml version="1.0" encoding="utf-8"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="continueOnError" oldMessageSetID="ClearAllMessageSets"></QBXMLMsgsRq></QBXML>`
	if _, err := r.qb.ProcessRequest(context.Background(), forget); err != nil {
		t.Fatal(err)
	}
	r.runSession(t)
	if got := r.qb.ListCount(qbsim.KindVendor); got != 100 {
		t.Fatalf("QuickBooks has %d vendors, want 100", got)
	}
	if last := r.e.LastRun(); last.Recovered != 40 || last.Added != 20 {
		t.Fatalf("run %+v: want 40 found by look-up, 20 added", last)
	}
	if acts, _ := r.e.Activity(testKind, 500); !hasMessage(acts, "Found in QuickBooks after an interrupted run") {
		t.Fatal("the items were not looked up")
	}
	checkIndex(t, r.e)
}

// A flow whose copy of a record is stale asks, from Prepare, for it to be read first: it is
// looked up and sent in the same run.
func TestPrepareAsksForARereadFirst(t *testing.T) {
	r := newTestRig(t)
	r.flow.stale["0000001"] = true
	r.add(t, 0, 3)
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	s := r.runSession(t)
	if r.qb.ListCount(qbsim.KindVendor) != 3 || s.roundTrips != 3 {
		t.Fatalf("%d vendors in %d round trips (want 3: two sent, the look-up, the third sent)", r.qb.ListCount(qbsim.KindVendor), s.roundTrips)
	}
	if acts, _ := r.e.Activity(testKind, 100); !hasMessage(acts, "Reading it from QuickBooks before sending") {
		t.Fatal("the re-read is not in the audit log")
	}
	checkIndex(t, r.e)
}

// A record deleted in QuickBooks unlinks the items linked to it: they wait for the bookkeeper
// again, saying what happened; Procore's copy of the link is cleared on the next write-back.
func TestDeletedInQuickBooksUnlinksAndSaysSo(t *testing.T) {
	r := newTestRig(t)
	ctx := context.Background()
	r.add(t, 0, 3)
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.runSession(t)
	if err := r.e.WriteBack(ctx); err != nil {
		t.Fatal(err)
	}
	it, _ := r.e.Get(ItemID(testKind, "0000001"))
	gone := []DeletedInQuickBooks{{Ref: *it.QB, What: "vendor", At: "2026-12-06T10:00:00-05:00"}}
	n, err := r.e.QuickBooksDeleted(gone)
	if err != nil || n != 1 {
		t.Fatalf("%d unlinked, %v", n, err)
	}
	if n, _ := r.e.QuickBooksDeleted(gone); n != 0 {
		t.Fatal("repeating it changed something")
	}
	it, _ = r.e.Get(ItemID(testKind, "0000001"))
	if it.Status() != "ready" || it.QB != nil || !it.ClearInSource || !hasMessage([]Entry{{Message: it.Notes[len(it.Notes)-1]}}, `The QuickBooks vendor "Vendor 0000001" was deleted in QuickBooks`) {
		t.Fatalf("after the deletion: %s %+v %v %q", it.Status(), it.QB, it.ClearInSource, it.Notes)
	}
	checkIndex(t, r.e)
}
