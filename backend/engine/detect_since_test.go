package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/rs/zerolog"
)

// incFlow is the test flow read incrementally: "Procore" numbers its changes, and a cursor is
// the number of the last change read. Deletions leave a tombstone unless quiet is set; then
// only Procore's count tells.
type incFlow struct {
	*testFlow
	seq     int
	changed map[string]int    // key → number of its last change
	tombs   map[string]int    // key → number of its deletion
	why     map[string]string // key → what happened to it
	quiet   bool
	cursors []string // the cursors DetectSince was given
	lists   int      // ListAll calls
}

var (
	_ Incremental = (*incFlow)(nil)
	_ Lister      = (*incFlow)(nil)
)

func newIncFlow() *incFlow {
	return &incFlow{testFlow: newTestFlow(), changed: map[string]int{}, tombs: map[string]int{}, why: map[string]string{}}
}

func (f *incFlow) set(key, name string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	f.records[key], f.changed[key] = name, f.seq
	delete(f.tombs, key)
}

func (f *incFlow) remove(key, why string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	delete(f.records, key)
	delete(f.changed, key)
	if !f.quiet {
		f.tombs[key], f.why[key] = f.seq, why
	}
}

func (f *incFlow) record(key string) Record {
	data, _ := json.Marshal(f.records[key])
	return Record{Key: key, Title: f.records[key], Data: data}
}

func (f *incFlow) DetectSince(ctx context.Context, cursor string) (Changes, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.cursors = append(f.cursors, cursor)
	since, _ := strconv.Atoi(cursor)
	ch := Changes{Cursor: strconv.Itoa(f.seq), Counted: true, Total: len(f.records), Complete: cursor == ""}
	for key, at := range f.changed {
		if at > since {
			ch.Records = append(ch.Records, f.record(key))
		}
	}
	for key, at := range f.tombs {
		if at > since && cursor != "" {
			ch.Gone = append(ch.Gone, Gone{Key: key, Why: f.why[key], Fix: "Make the vendor inactive in QuickBooks."})
		}
	}
	return ch, nil
}

func (f *incFlow) ListAll(ctx context.Context, cursor string) (Changes, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lists++
	ch := Changes{Complete: true, Vanished: Gone{Why: "No longer in Procore"}}
	for key := range f.records {
		ch.Present = append(ch.Present, key)
	}
	return ch, nil
}

func (f *incFlow) lastCursor() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.cursors[len(f.cursors)-1]
}

func newIncRig(t *testing.T) (*testRig, *incFlow) {
	t.Helper()
	f := newIncFlow()
	r := newTestRigWith(t, []*testFlow{f.testFlow})
	e, err := New(r.st, zerolog.Nop(), []Flow{f})
	if err != nil {
		t.Fatal(err)
	}
	r.e = e
	return r, f
}

func (r *testRig) poll(t *testing.T) {
	t.Helper()
	if err := r.e.PollOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func (r *testRig) item(t *testing.T, key string) *Item {
	t.Helper()
	it, err := r.e.Get(ItemID(testKind, key))
	if err != nil {
		t.Fatal(err)
	}
	return it
}

func (r *testRig) auditCount(t *testing.T) int {
	t.Helper()
	entries, err := r.e.Activity(testKind, 1000)
	if err != nil {
		t.Fatal(err)
	}
	return len(entries)
}

func TestIncrementalReadAppliesOnlyWhatChanged(t *testing.T) {
	r, f := newIncRig(t)
	for i := range 5 {
		f.set(fmt.Sprint(i), fmt.Sprintf("Vendor %d", i))
	}
	r.poll(t)
	if f.lastCursor() != "" {
		t.Fatalf("the first read started from %q, not from the beginning", f.lastCursor())
	}
	f.set("2", "Vendor two")
	r.poll(t)
	if f.lastCursor() != "5" {
		t.Fatalf("the second read started from %q, want the first read's cursor 5", f.lastCursor())
	}
	if it := r.item(t, "2"); it.Title != "Vendor two" {
		t.Fatalf("the change was not applied: %q", it.Title)
	}
	r.poll(t)
	if f.lastCursor() != "6" {
		t.Fatalf("the third read started from %q", f.lastCursor())
	}
	if f.lists != 0 {
		t.Fatalf("Procore's count agreed, yet every key was listed %d times", f.lists)
	}
}

func TestGoneRecordsAreSetAsideOrNeedAttention(t *testing.T) {
	r, f := newIncRig(t)
	f.set("1", "Vendor 1")
	f.set("2", "Vendor 2")
	f.set("3", "Vendor 3")
	r.poll(t)
	if _, err := r.e.Export(testKind, Selection{IDs: []string{ItemID(testKind, "1")}}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.runSession(t)
	if _, err := r.e.Reject(testKind, Selection{IDs: []string{ItemID(testKind, "3")}}, "Not ours", ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	f.remove("1", "Deleted in Procore")
	f.remove("2", "Voided in Procore")
	f.remove("3", "Deleted in Procore")
	r.poll(t)
	if it := r.item(t, "3"); it.State != Rejected || it.Comment != "Not ours" {
		t.Fatalf("a record the bookkeeper had set aside: %s %q", it.State, it.Comment)
	}
	synced := r.item(t, "1")
	if synced.State != Failed || synced.Failure == nil || synced.Failure.Class != FixData ||
		synced.Failure.Message != "Deleted in Procore." || synced.Failure.Fix == "" || synced.QB == nil {
		t.Fatalf("a synced record deleted in Procore: %+v %+v", synced, synced.Failure)
	}
	waiting := r.item(t, "2")
	if waiting.State != Rejected || waiting.Comment != "Voided in Procore before it was exported; nothing was sent." {
		t.Fatalf("a record voided before export: state %s, comment %q", waiting.State, waiting.Comment)
	}
	// The news is given once.
	before := r.auditCount(t)
	r.poll(t)
	if after := r.auditCount(t); after != before {
		t.Fatalf("a quiet poll wrote %d audit entries", after-before)
	}
	// Restored in Procore: both return to where they were.
	f.set("1", "Vendor 1")
	f.set("2", "Vendor 2")
	r.poll(t)
	if it := r.item(t, "1"); it.State != Synced || it.QB == nil {
		t.Fatalf("a restored synced record: %s", it.State)
	}
	if it := r.item(t, "2"); it.State != Waiting || it.Comment != "" {
		t.Fatalf("a restored record that was never exported: %s %q", it.State, it.Comment)
	}
}

func TestRecordsThatVanishWithoutATombstoneAreFoundByCount(t *testing.T) {
	r, f := newIncRig(t)
	f.quiet = true
	for i := range 4 {
		f.set(fmt.Sprint(i), fmt.Sprintf("Vendor %d", i))
	}
	r.poll(t)
	f.remove("3", "")
	r.poll(t)
	if f.lists != 1 {
		t.Fatalf("every key was listed %d times, want once", f.lists)
	}
	if it := r.item(t, "3"); it.State != Rejected || it.Comment != "No longer in Procore before it was exported; nothing was sent." {
		t.Fatalf("a vanished record: %s %q", it.State, it.Comment)
	}
	r.poll(t)
	if f.lists != 1 {
		t.Fatalf("the count agrees again, yet the keys were listed %d times", f.lists)
	}
}

func TestACrashBeforeTheCursorIsSavedRereadsWithoutDuplicates(t *testing.T) {
	r, f := newIncRig(t)
	for i := range 3 {
		f.set(fmt.Sprint(i), fmt.Sprintf("Vendor %d", i))
	}
	r.poll(t)
	f.set("1", "Vendor one")
	f.set("9", "Vendor 9")
	f.remove("2", "Deleted in Procore")
	crash := errors.New("killed")
	saved := saveCursor
	saveCursor = func(*Engine, Kind, string, cursor) error { return crash }
	err := r.e.PollOnce(context.Background())
	saveCursor = saved
	if !errors.Is(err, crash) {
		t.Fatalf("the poll did not stop at the cursor: %v", err)
	}
	entries := r.auditCount(t)
	// The engine restarts and reads again from the old cursor: the same changes, applied again,
	// change nothing.
	e, err := New(r.st, zerolog.Nop(), []Flow{f})
	if err != nil {
		t.Fatal(err)
	}
	r.e = e
	r.poll(t)
	if f.lastCursor() != "3" {
		t.Fatalf("after the crash the read started from %q, want the old cursor 3", f.lastCursor())
	}
	if after := r.auditCount(t); after != entries {
		t.Fatalf("reading the same changes again wrote %d audit entries", after-entries)
	}
	page, err := r.e.List(testKind, Query{Limit: 100})
	if err != nil || page.Total != 4 {
		t.Fatalf("%d items after the re-read, want 4: %v", page.Total, err)
	}
	if it := r.item(t, "2"); it.State != Rejected {
		t.Fatalf("the deletion: %s", it.State)
	}
	r.poll(t)
	if f.lastCursor() != "6" {
		t.Fatalf("the cursor was not saved after the re-read: %q", f.lastCursor())
	}
}

func TestTheCursorSurvivesARestart(t *testing.T) {
	r, f := newIncRig(t)
	f.set("1", "Vendor 1")
	r.poll(t)
	e, err := New(r.st, zerolog.Nop(), []Flow{f})
	if err != nil {
		t.Fatal(err)
	}
	r.e = e
	r.poll(t)
	if f.lastCursor() != "1" {
		t.Fatalf("after a restart the read started from %q, want 1", f.lastCursor())
	}
}

func TestGoneWhileInQuickBooksHandsWaitsForTheOutcome(t *testing.T) {
	r, f := newIncRig(t)
	f.set("1", "Vendor 1")
	r.poll(t)
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := r.e.BeginRun(ctx); err != nil {
		t.Fatal(err)
	}
	req, err := r.e.NextRequest(ctx)
	if err != nil || req == "" {
		t.Fatalf("no request: %v", err)
	}
	f.remove("1", "Deleted in Procore")
	r.poll(t)
	if it := r.item(t, "1"); it.State != Sent {
		t.Fatalf("an item in QuickBooks' hands was changed to %s", it.State)
	}
	resp, err := r.qb.ProcessRequest(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.e.HandleResponse(ctx, resp); err != nil {
		t.Fatal(err)
	}
	r.e.EndRun(ctx, nil)
	r.poll(t)
	if it := r.item(t, "1"); it.State != Failed || it.Failure == nil || it.Failure.Message != "Deleted in Procore." {
		t.Fatalf("once it reached QuickBooks: %s %+v", it.State, it.Failure)
	}
}

func TestGoneFromProcoreSaysWhy(t *testing.T) {
	r, f := newIncRig(t)
	f.set("1", "Vendor 1")
	r.poll(t)
	if _, gone := r.e.GoneFromProcore(r.item(t, "1")); gone {
		t.Fatal("a record Procore has is called gone")
	}
	f.remove("1", "Voided in Procore")
	r.poll(t)
	if why, gone := r.e.GoneFromProcore(r.item(t, "1")); !gone || why != "Voided in Procore" {
		t.Fatalf("gone %v, why %q", gone, why)
	}
}
