package engine

import (
	"context"
	"fmt"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/store"
)

// approvalFlow is the test flow as a document kind: its items wait for a decision on Approvals.
type approvalFlow struct{ *testFlow }

func (approvalFlow) Approval() bool { return true }

// The approvals badge counts only documents waiting for a decision: records ready to export
// from their own page (cost codes, vendors…) are listed per kind but do not count.
func TestPendingCountsOnlyApprovalKinds(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	codes := newTestFlowOf("testcode")
	docs := newTestFlowOf("testdoc")
	docs.rank = 2
	e, err := New(st, zerolog.Nop(), []Flow{codes, approvalFlow{docs}})
	if err != nil {
		t.Fatal(err)
	}
	fill := func(f *testFlow, n int) {
		for i := range n {
			f.records[fmt.Sprintf("%03d", i)] = fmt.Sprintf("%s %03d", f.prefix, i)
		}
		if _, err := e.Detect(context.Background(), f.kind); err != nil {
			t.Fatal(err)
		}
	}
	fill(codes, 40)
	fill(docs, 3)

	total, kinds, err := e.Pending()
	if err != nil {
		t.Fatal(err)
	}
	if total != 3 {
		t.Fatalf("pending = %d, want the 3 documents only (40 codes ready to export do not count)", total)
	}
	want := []KindPending{{Kind: "testcode", Label: "Test vendors", Pending: 40}, {Kind: "testdoc", Label: "Test vendors", Pending: 3, Approval: true}}
	if len(kinds) != 2 || kinds[0] != want[0] || kinds[1] != want[1] {
		t.Fatalf("kinds = %+v, want %+v", kinds, want)
	}

	// A decision takes a document out of the count.
	if n, err := e.Export("testdoc", Selection{IDs: []string{ItemID("testdoc", "001")}}, ByBookkeeper); err != nil || n != 1 {
		t.Fatalf("export: %d, %v", n, err)
	}
	if total, _, _ = e.Pending(); total != 2 {
		t.Fatalf("pending after accepting one = %d, want 2", total)
	}

	// The daily account counts what the Dashboard counts: the documents, not the 40 records
	// ready to export that nobody asked to export.
	title, lines, err := e.Summary()
	if err != nil || title != "Joblink: 2 documents wait for a decision" || len(lines) != 1 ||
		lines[0] != "Test vendors: 2 documents waiting for a decision" {
		t.Fatalf("summary: %q %q %v", title, lines, err)
	}
}

// "Send without approval" applies to document kinds too: their items skip the queue, so the
// badge has nothing to count and they go on the next run.
func TestDirectExportDocumentsSkipApprovals(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	docs := newTestFlowOf("testdoc")
	e, err := New(st, zerolog.Nop(), []Flow{approvalFlow{docs}},
		WithSettings(func() Settings { return Settings{DirectExport: map[Kind]bool{"testdoc": true}} }))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		docs.records[fmt.Sprintf("%03d", i)] = fmt.Sprintf("Vendor %03d", i)
	}
	if _, err := e.Detect(context.Background(), "testdoc"); err != nil {
		t.Fatal(err)
	}
	total, kinds, err := e.Pending()
	if err != nil || total != 0 || kinds[0].Pending != 0 {
		t.Fatalf("pending with direct export: %d %+v %v", total, kinds, err)
	}
	page, err := e.List("testdoc", Query{})
	if err != nil || page.Counts["queued"] != 4 {
		t.Fatalf("direct-export documents not queued: %v %v", page.Counts, err)
	}
}

// Activity says what the bookkeeper did: a document set aside on Approvals was rejected, a
// record set aside on its own page (a vendor, a cost code) was skipped.
func TestRejectWordsFollowTheKind(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	codes := newTestFlowOf("testcode")
	docs := newTestFlowOf("testdoc")
	docs.rank = 2
	e, err := New(st, zerolog.Nop(), []Flow{codes, approvalFlow{docs}})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []*testFlow{codes, docs} {
		f.records["001"] = f.prefix + " 001"
		if _, err := e.Detect(context.Background(), f.kind); err != nil {
			t.Fatal(err)
		}
	}
	for kind, want := range map[Kind]string{"testcode": "Skipped: Paid through the other office", "testdoc": "Rejected: Paid through the other office"} {
		if n, err := e.Reject(kind, Selection{IDs: []string{ItemID(kind, "001")}}, "Paid through the other office", ByBookkeeper); err != nil || n != 1 {
			t.Fatalf("reject %s: %d, %v", kind, n, err)
		}
		entries, err := e.Activity(kind, 1)
		if err != nil || len(entries) != 1 || entries[0].Message != want {
			t.Errorf("%s: %+v %v, want %q", kind, entries, err, want)
		}
	}
}
