package qbmirror

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// A refresh of records as large as the store keeps beside their keys (values of 1 KB and more
// go to Badger's value log) still stores whole batches: Upsert halves a batch Badger finds
// too big for one transaction instead of failing the refresh.
func TestUpsertLargestRecordsInFullBatches(t *testing.T) {
	m := newMirror(t)
	records := make([]Record, 1200)
	for i := range records {
		parent := fmt.Sprintf("Customer %04d %s", i, strings.Repeat("p", 140)) // a FullName near QuickBooks' 209
		r := Record{Kind: Customers, ListID: fmt.Sprintf("8000%04d-1", i), Name: strings.Repeat("j", 41),
			EditSequence: "100", Active: true, ParentID: "80000001-1", Sublevel: 1, Fields: map[string]string{}}
		r.FullName = parent + ":" + r.Name + fmt.Sprintf(" %04d", i)
		// Fill the record to just under the value log's threshold (1 KB).
		r.Fields["Notes"] = ""
		b, _ := json.Marshal(r)
		r.Fields["Notes"] = strings.Repeat("n", 1000-len(b))
		records[i] = r
	}
	if b, _ := json.Marshal(records[0]); len(b) < 990 || len(b) >= 1<<10 {
		t.Fatalf("test record is %d bytes, want just under 1 KB", len(b))
	}
	if err := m.Upsert(records); err != nil {
		t.Fatal(err)
	}
	if n, err := m.Count(Customers); err != nil || n != len(records) {
		t.Fatalf("stored %d of %d, %v", n, len(records), err)
	}
	ids := make([]string, len(records))
	for i, r := range records {
		ids[i] = r.ListID
	}
	removed, err := m.Remove(Customers, ids)
	if err != nil || len(removed) != len(records) {
		t.Fatalf("removed %d of %d, %v", len(removed), len(records), err)
	}
}
