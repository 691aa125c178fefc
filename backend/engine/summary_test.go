package engine

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"

	"joblink/backend/store"
)

// The Dashboard's counts and the daily summary: documents waiting for a decision, refused and
// retried items per kind, and what reached QuickBooks today (not yesterday, not links).
func TestTodayCountsTheBookkeepersWork(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	clock := time.Date(2026, 11, 23, 23, 30, 0, 0, time.Local) // yesterday, late
	codes := newTestFlowOf("testcode")
	docs := newTestFlowOf("testdoc")
	docs.rank = 2
	e, err := New(st, zerolog.Nop(), []Flow{codes, approvalFlow{docs}}, WithClock(func() time.Time { return clock }))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 1597 {
		codes.records[fmt.Sprintf("%04d", i)] = fmt.Sprintf("Code %04d", i)
	}
	for i := range 5 {
		docs.records[fmt.Sprintf("%03d", i)] = fmt.Sprintf("Doc %03d", i)
	}
	for _, k := range []Kind{"testcode", "testdoc"} {
		if _, err := e.Detect(context.Background(), k); err != nil {
			t.Fatal(err)
		}
	}
	// path moves an item through states, as the lifecycle would.
	path := func(id string, states ...State) {
		t.Helper()
		err := e.st.Update(func(txn *badger.Txn) error {
			it, err := getItem(txn, id)
			if err != nil {
				return err
			}
			for _, s := range states {
				if s == Failed {
					if err := e.fail(txn, it, Failure{Class: FixData, Message: "refused"}, ByQuickBooks); err != nil {
						return err
					}
					continue
				}
				if err := e.move(txn, it, s, ByJoblink, ""); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	path("testcode/0000", Queued, Sent, Synced) // exported yesterday
	clock = clock.Add(time.Hour)                // today, 00:30
	path("testcode/0001", Queued, Sent, Synced) // exported today
	path("testcode/0002", Queued, Synced)       // exported today (answer read back)
	path("testcode/0003", Synced)               // linked, not exported
	path("testcode/0004", Queued, Sent, Failed) // refused
	path("testcode/0005", Failed)               // refused before sending
	path("testdoc/000", Queued)                 // accepted: waits for the run
	path("testdoc/001", Queued, Sent, Synced)   // exported today

	today, err := e.Today()
	if err != nil {
		t.Fatal(err)
	}
	if today.Decisions != 3 || today.Attention != 2 || today.Queued != 1 || today.ExportedToday != 3 || today.ExportedTodayCapped {
		t.Fatalf("today = %+v", today)
	}
	if !today.Since.Equal(time.Date(2026, 11, 24, 0, 0, 0, 0, time.Local)) {
		t.Fatalf("since = %s", today.Since)
	}
	want := []KindWork{
		{Kind: "testcode", Label: "Test vendors", Ready: 1597 - 6, Attention: 2, ExportedToday: 2},
		{Kind: "testdoc", Label: "Test vendors", Approval: true, Ready: 3, Queued: 1, ExportedToday: 1},
	}
	if len(today.Kinds) != 2 || today.Kinds[0] != want[0] || today.Kinds[1] != want[1] {
		t.Fatalf("kinds = %+v, want %+v", today.Kinds, want)
	}

	// The summary never counts the 1,591 codes nobody asked to export.
	title, lines, err := e.Summary()
	if err != nil {
		t.Fatal(err)
	}
	if title != "Joblink: 3 documents wait for a decision, 2 items need your attention" {
		t.Fatalf("title = %q", title)
	}
	if len(lines) != 2 || lines[0] != "Test vendors: 2 need your attention" || lines[1] != "Test vendors: 3 documents waiting for a decision" {
		t.Fatalf("lines = %q", lines)
	}
}

// Nothing asked of the bookkeeper: no summary, however many records are ready to export.
func TestSummaryEmptyWhenOnlyRecordsReadyToExport(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	codes := newTestFlowOf("testcode")
	e, err := New(st, zerolog.Nop(), []Flow{codes})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 40 {
		codes.records[fmt.Sprintf("%03d", i)] = fmt.Sprintf("Code %03d", i)
	}
	if _, err := e.Detect(context.Background(), "testcode"); err != nil {
		t.Fatal(err)
	}
	title, lines, err := e.Summary()
	if err != nil || title != "" || lines != nil {
		t.Fatalf("summary = %q %q %v", title, lines, err)
	}
}

// An item Joblink's own check stopped before it was ever sent is exported for the first time
// when the bookkeeper fixes and exports it: the log says so, not "tried again".
func TestFirstExportAfterACheckIsNotATry(t *testing.T) {
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	codes := newTestFlowOf("testcode")
	e, err := New(st, zerolog.Nop(), []Flow{codes})
	if err != nil {
		t.Fatal(err)
	}
	codes.records["001"] = "Code 001"
	codes.records["002"] = "Code 002"
	if _, err := e.Detect(context.Background(), "testcode"); err != nil {
		t.Fatal(err)
	}
	err = e.st.Update(func(txn *badger.Txn) error {
		for i, id := range []string{"testcode/001", "testcode/002"} {
			it, err := getItem(txn, id)
			if err != nil {
				return err
			}
			if i == 1 { // this one was sent once and refused
				it.SentAt = time.Now()
			}
			if err := e.fail(txn, it, Failure{Class: FixData, Message: "too long"}, ByJoblink); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := e.Export("testcode", Selection{IDs: []string{"testcode/001", "testcode/002"}}, ByBookkeeper); err != nil || n != 2 {
		t.Fatalf("export: %d %v", n, err)
	}
	res, err := e.ActivityFind(ActivityFilter{To: Queued})
	if err != nil {
		t.Fatal(err)
	}
	says := map[string]string{}
	for _, en := range res.Entries {
		says[en.ItemID] = en.Message
	}
	if says["testcode/001"] != "Accepted for export." || says["testcode/002"] != "Export tried again." {
		t.Fatalf("messages: %v", says)
	}
}
