package engine

import (
	"context"
	"slices"
	"strings"
	"testing"

	"joblink/qbwc/qbsim"
)

// An item that stands on others waits, saying for what, until they are synced, and is sent in
// the same session as the last of them.
func TestChildWaitsForItsParents(t *testing.T) {
	parents, children := newTestFlowOf(testKind), newTestFlowOf("testchild")
	children.rank, children.prefix = 2, "Child"
	r := newTestRigWith(t, []*testFlow{parents, children})
	ctx := context.Background()
	parent := func(key, label string) Dependency { return Dependency{ID: ItemID(testKind, key), Label: label} }
	children.parents["0000000"] = []Dependency{parent("0000000", "vendor Vendor 0000000")}
	children.parents["0000001"] = []Dependency{parent("0000000", "vendor Vendor 0000000")}
	children.parents["0000002"] = []Dependency{parent("0000001", "vendor Vendor 0000001"), parent("0000002", "vendor Vendor 0000002")}
	r.addTo(t, parents, 0, 3)
	r.addTo(t, children, 0, 3)
	if _, err := r.e.Export("testchild", Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.runSession(t)
	page, err := r.e.List("testchild", Query{Status: "waiting"})
	if err != nil || page.Total != 3 || r.qb.ListCount(qbsim.KindVendor) != 0 {
		t.Fatalf("%d waiting, %d in QuickBooks, %v", page.Total, r.qb.ListCount(qbsim.KindVendor), err)
	}
	child2, _ := r.e.Get(ItemID("testchild", "0000002"))
	if child2.Blocked == nil || child2.Blocked.Says != "Waiting for vendor Vendor 0000001, vendor Vendor 0000002 to reach QuickBooks." {
		t.Fatalf("child 2 says %+v", child2.Blocked)
	}
	if r.e.HasWork(ctx) {
		t.Fatal("items waiting for others count as work to send")
	}
	checkIndex(t, r.e)

	if _, err := r.e.Export(testKind, Selection{IDs: []string{ItemID(testKind, "0000000"), ItemID(testKind, "0000001")}}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	s := r.runSession(t)
	if s.roundTrips != 2 || r.qb.ListCount(qbsim.KindVendor) != 4 {
		t.Fatalf("%d round trips, %d vendors: the parents, then the children they freed", s.roundTrips, r.qb.ListCount(qbsim.KindVendor))
	}
	for _, key := range []string{"0000000", "0000001"} {
		if it, _ := r.e.Get(ItemID("testchild", key)); it.State != Synced {
			t.Errorf("child %s: %s", key, it.Status())
		}
	}
	child2, _ = r.e.Get(ItemID("testchild", "0000002"))
	if child2.Status() != "waiting" || !slices.Equal(child2.Blocked.On, []string{ItemID(testKind, "0000002")}) || strings.Contains(child2.Blocked.Says, "0000001") {
		t.Fatalf("child 2 waits for %+v", child2.Blocked)
	}
	checkIndex(t, r.e)
	if _, err := r.e.Reject("testchild", Selection{All: true}, "not now", ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	if it, _ := r.e.Get(child2.ID); it.State != Rejected || it.Blocked != nil {
		t.Fatalf("a waiting item rejected: %s %+v", it.State, it.Blocked)
	}
	checkIndex(t, r.e)
}

// A message set carries one request per QuickBooks record: the second change to a record
// goes in the next set, built on what the first one left.
func TestOneRequestPerRecordInASet(t *testing.T) {
	r := newTestRig(t)
	for _, key := range []string{"0000000", "0000001", "0000002"} {
		r.flow.targets[key] = "TXN-1"
	}
	r.add(t, 0, 5)
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	s := r.runSession(t)
	if s.roundTrips != 3 || r.qb.ListCount(qbsim.KindVendor) != 5 {
		t.Fatalf("%d round trips (want 3: one per request on TXN-1), %d vendors", s.roundTrips, r.qb.ListCount(qbsim.KindVendor))
	}
	if s.progress[len(s.progress)-1] != 100 || s.progress[0] == 100 {
		t.Fatalf("progress %v", s.progress)
	}
}
