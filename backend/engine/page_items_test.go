package engine

import (
	"context"
	"fmt"
	"testing"
)

// A page holds its items in title order, each the item its id names, when titles do not
// follow the ids: neighbours in reverse order, gaps between them, items of another kind
// stored in between (itemsOf steps to a neighbour and seeks across a gap).
func TestPageItemsWhenTitlesDoNotFollowIDs(t *testing.T) {
	f, other := newTestFlow(), newTestFlowOf("testaaa")
	r := newTestRigWith(t, []*testFlow{f, other})
	f.mu.Lock()
	for i := range 300 {
		// Titles run backwards over the ids, with every third id's title moved far away.
		title := fmt.Sprintf("Vendor %04d", 1000-i)
		if i%3 == 0 {
			title = fmt.Sprintf("Zed %04d", i)
		}
		f.records[fmt.Sprintf("%07d", i)] = title
	}
	f.mu.Unlock()
	if _, err := r.e.Detect(context.Background(), f.kind); err != nil {
		t.Fatal(err)
	}
	r.addTo(t, other, 0, 50)
	after, seen, last := "", 0, ""
	for {
		page, err := r.e.List(testKind, Query{After: after, Limit: 70})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range page.Items {
			key := it.ID[len(testKind)+1:]
			if it.Kind != testKind || it.Title != f.records[key] {
				t.Fatalf("item %s has title %q, want %q", it.ID, it.Title, f.records[key])
			}
			if it.Title <= last {
				t.Fatalf("%q after %q: not in title order", it.Title, last)
			}
			last = it.Title
		}
		seen += len(page.Items)
		if len(page.Items) < 70 {
			break
		}
		after = page.Items[len(page.Items)-1].ID
	}
	if seen != 300 {
		t.Fatalf("the pages held %d items, want 300", seen)
	}
}
