package qbmirror

import (
	"errors"
	"fmt"
	"testing"
)

func TestRemoveTakesTheRecordAndItsNameOnly(t *testing.T) {
	m := newMirror(t)
	old := Record{Kind: Vendors, ListID: "80000001-1", Name: "ACME Lumber", FullName: "ACME Lumber", Active: true}
	other := Record{Kind: Vendors, ListID: "80000002-1", Name: "Baker Electric", FullName: "Baker Electric", Active: true}
	if err := m.Upsert([]Record{old, other}); err != nil {
		t.Fatal(err)
	}
	// QuickBooks frees a deleted record's name: a new record may already carry it when the
	// deletion is read.
	successor := Record{Kind: Vendors, ListID: "80000003-1", Name: "acme lumber", FullName: "acme lumber", Active: true}
	if err := m.Upsert([]Record{successor}); err != nil {
		t.Fatal(err)
	}

	removed, err := m.Remove(Vendors, []string{old.ListID, "80000099-1"})
	if err != nil || len(removed) != 1 || removed[0].FullName != "ACME Lumber" {
		t.Fatalf("Remove: %+v %v", removed, err)
	}
	if _, err := m.Get(Vendors, old.ListID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("the removed record is still there: %v", err)
	}
	if got, err := m.FindByName(Vendors, "ACME LUMBER"); err != nil || got.ListID != successor.ListID {
		t.Fatalf("the successor's name entry: %+v %v", got, err)
	}
	if n, _ := m.Count(Vendors); n != 2 {
		t.Fatalf("%d vendors left, want 2", n)
	}

	// Removing again changes nothing.
	if removed, err := m.Remove(Vendors, []string{old.ListID}); err != nil || len(removed) != 0 {
		t.Fatalf("second Remove: %+v %v", removed, err)
	}
	removed, err = m.Remove(Vendors, []string{other.ListID})
	if err != nil || len(removed) != 1 {
		t.Fatalf("Remove: %+v %v", removed, err)
	}
	if _, err := m.FindByName(Vendors, "Baker Electric"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("the removed record's name is still indexed: %v", err)
	}
	if _, err := m.Remove("employee", []string{"1"}); err == nil {
		t.Fatal("removed from an unknown list")
	}
}

func TestRemoveManyInBatches(t *testing.T) {
	m := newMirror(t)
	var recs []Record
	var ids []string
	for i := range 1200 {
		id := fmt.Sprintf("8000%05d-1", i)
		recs = append(recs, Record{Kind: Items, ListID: id, Name: id, FullName: id, Type: "Service"})
		ids = append(ids, id)
	}
	if err := m.Upsert(recs); err != nil {
		t.Fatal(err)
	}
	removed, err := m.Remove(Items, ids[:1100])
	if err != nil || len(removed) != 1100 {
		t.Fatalf("Remove: %d, %v", len(removed), err)
	}
	if n, _ := m.Count(Items); n != 100 {
		t.Fatalf("%d items left, want 100", n)
	}
}
