package qbmirror

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/store"
)

func newMirror(t *testing.T) *Mirror {
	t.Helper()
	st, err := store.Open(store.Options{Dir: t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return New(st)
}

func TestUpsertFindAndRename(t *testing.T) {
	m := newMirror(t)
	job := Record{Kind: Customers, ListID: "80000002-1", Name: "Tower Renovation", FullName: "Acme & Sons:Tower Renovation",
		EditSequence: "100", Active: true, ParentID: "80000001-1", Sublevel: 1, Fields: map[string]string{"ShipCity": "Québec"}}
	if err := m.Upsert([]Record{job}); err != nil {
		t.Fatal(err)
	}
	got, err := m.FindByName(Customers, "  acme & SONS:tower renovation ")
	if err != nil || got.ListID != job.ListID || got.Fields["ShipCity"] != "Québec" || got.Sublevel != 1 {
		t.Fatalf("FindByName: %+v %v", got, err)
	}
	// The same name in another list is another record: vendors are not customers.
	if _, err := m.FindByName(Vendors, job.FullName); !errors.Is(err, ErrNotFound) {
		t.Fatalf("found a customer among vendors: %v", err)
	}

	renamed := job
	renamed.Name, renamed.FullName, renamed.EditSequence = "Tower Reno", "Acme & Sons:Tower Reno", "101"
	if err := m.Upsert([]Record{renamed}); err != nil {
		t.Fatal(err)
	}
	if _, err := m.FindByName(Customers, job.FullName); !errors.Is(err, ErrNotFound) {
		t.Fatalf("old name still indexed: %v", err)
	}
	got, err = m.Get(Customers, job.ListID)
	if err != nil || got.EditSequence != "101" || got.FullName != "Acme & Sons:Tower Reno" {
		t.Fatalf("Get after rename: %+v %v", got, err)
	}
	if n, _ := m.Count(Customers); n != 1 {
		t.Fatalf("rename duplicated the record: %d", n)
	}
}

func TestUpsertRefusesIncompleteRecords(t *testing.T) {
	m := newMirror(t)
	for _, r := range []Record{{Kind: "employee", ListID: "1", FullName: "x"}, {Kind: Items, FullName: "no id"}, {Kind: Items, ListID: "1"}} {
		if err := m.Upsert([]Record{r}); err == nil {
			t.Errorf("accepted %+v", r)
		}
	}
}

func TestLargeRefreshIsBatchedAndListed(t *testing.T) {
	m := newMirror(t)
	var recs []Record
	for i := range 2500 {
		recs = append(recs, Record{Kind: Items, ListID: fmt.Sprintf("8000%05d-1", i), Name: fmt.Sprintf("01-%04d", i),
			FullName: fmt.Sprintf("01-%04d", i), Type: "Service", Active: true})
	}
	if err := m.Upsert(recs); err != nil {
		t.Fatal(err)
	}
	n, err := m.Count(Items)
	if err != nil || n != 2500 {
		t.Fatalf("Count = %d, %v", n, err)
	}
	seen := 0
	if err := m.List(Items, func(r Record) error { seen++; return nil }); err != nil || seen != 2500 {
		t.Fatalf("List saw %d, %v", seen, err)
	}
	stop := errors.New("stop")
	if err := m.List(Items, func(Record) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("List did not pass the callback's error on: %v", err)
	}
}

func TestWatermarkMovesOnlyForward(t *testing.T) {
	m := newMirror(t)
	if w, err := m.Watermark(Vendors); err != nil || !w.IsZero() {
		t.Fatalf("fresh watermark %v %v", w, err)
	}
	t1 := time.Date(2026, 11, 20, 9, 0, 0, 0, time.FixedZone("EST", -5*3600))
	now := time.Date(2026, 11, 21, 22, 0, 0, 0, time.UTC)
	if err := m.CompleteRefresh(Vendors, t1, now); err != nil {
		t.Fatal(err)
	}
	// A later refresh that found nothing newer keeps the watermark but records the refresh.
	later := now.Add(time.Hour)
	if err := m.CompleteRefresh(Vendors, time.Time{}, later); err != nil {
		t.Fatal(err)
	}
	w, _ := m.Watermark(Vendors)
	last, _ := m.LastRefresh(Vendors)
	if !w.Equal(t1) || !last.Equal(later) {
		t.Fatalf("watermark %v (want %v), last refresh %v (want %v)", w, t1, last, later)
	}
	if err := m.CompleteRefresh(Vendors, t1.Add(-time.Hour), later); err != nil {
		t.Fatal(err)
	}
	if w, _ := m.Watermark(Vendors); !w.Equal(t1) {
		t.Fatalf("watermark moved back to %v", w)
	}
	if w, _ := m.Watermark(Accounts); !w.IsZero() {
		t.Fatal("watermarks are shared between lists")
	}
}
