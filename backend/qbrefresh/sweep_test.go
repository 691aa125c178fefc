package qbrefresh_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/engine"
	"joblink/backend/qbmirror"
)

// After a longer absence than QuickBooks keeps deletions for, each list is read whole once and
// what QuickBooks no longer has leaves the mirror, told to the sink without a time.
func TestDeletionsQuickBooksForgotAreFoundByReadingTheListsWhole(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	sink := h.withSink()
	names := h.addVendors(2, "Long Gone")
	h.run()
	forgotten, recent := h.vendorNamed(names[0]), h.vendorNamed(names[1])
	h.clock.Advance(time.Minute)
	h.deleteInQuickBooks("Vendor", forgotten.ListID)
	h.clock.Advance(100 * 24 * time.Hour) // QuickBooks has forgotten that deletion by now
	at := h.deleteInQuickBooks("Vendor", recent.ListID)
	h.clock.Advance(time.Minute)

	rep := h.run()
	if strings.Contains(rep.requests[0], "<FromModifiedDate>") {
		t.Errorf("the lists were not read whole:\n%s", rep.requests[0])
	}
	told := map[string]engine.DeletedInQuickBooks{}
	for _, d := range sink.take() {
		told[d.Ref.ListID] = d
	}
	if d := told[recent.ListID]; len(told) != 2 || d.At != at || d.What != "vendor" {
		t.Errorf("told %+v", told)
	}
	if d := told[forgotten.ListID]; d.At != "" || d.What != "vendor" || d.Ref.FullName != names[0] {
		t.Errorf("the forgotten deletion was told as %+v; want the vendor, with no time", d)
	}
	if !strings.Contains(rep.summary, "2 vendors deleted in QuickBooks") {
		t.Errorf("summary %q", rep.summary)
	}
	h.assertCountsMatch()

	// Once only: the next session is a quiet one again.
	h.clock.Advance(time.Minute)
	if rep := h.run(); strings.Count(rep.requests[0], "<FromModifiedDate>") != 4 || rep.recordsRead() != 0 || len(sink.take()) != 0 {
		t.Errorf("after the sweep: %d records read\n%s", rep.recordsRead(), rep.requests[0])
	}
}

// A mirror filled before Joblink asked for deletions (an older Joblink) has no deletion
// history: the first session asks for everything QuickBooks keeps and reads the lists whole.
func TestAMirrorWithoutDeletionHistoryIsComparedOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	sink := h.withSink()
	name := h.addVendors(1, "Before The Upgrade")[0]
	h.run()
	v := h.vendorNamed(name)
	if err := h.st.Update(func(txn *badger.Txn) error { return txn.Delete([]byte("qbrefresh/deleted/lists")) }); err != nil {
		t.Fatal(err)
	}
	h.clock.Advance(time.Minute)
	at := h.deleteInQuickBooks("Vendor", v.ListID)
	h.clock.Advance(time.Minute)

	rep := h.run()
	if !strings.Contains(rep.requests[0], "<ListDeletedQueryRq") || strings.Contains(rep.requests[0], "<FromDeletedDate>") ||
		strings.Contains(rep.requests[0], "<FromModifiedDate>") {
		t.Errorf("want an unfiltered deletion query and whole lists:\n%s", rep.requests[0])
	}
	if told := sink.take(); len(told) != 1 || told[0].At != at {
		t.Errorf("told %+v; want the vendor once, with QuickBooks' time", told)
	}
	h.assertCountsMatch()
	h.clock.Advance(time.Minute)
	if rep := h.run(); rep.recordsRead() != 0 || !strings.Contains(rep.requests[0], "<FromDeletedDate>") {
		t.Errorf("the next session is not quiet:\n%s", rep.requests[0])
	}
	if byID, _ := h.inMirror(qbmirror.Vendors, v.ListID, name); byID {
		t.Error("the deleted vendor is back")
	}
}
