package engine

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"
)

// checkIndex compares the index with one derived from every item: the same keys, the same
// counts. The index is only worth having if it can never drift from the items.
func checkIndex(t *testing.T, e *Engine) {
	t.Helper()
	want := map[string]string{}
	counts := map[string]int64{}
	err := e.st.View(func(txn *badger.Txn) error {
		return eachItem(txn, "", func(it *Item) error {
			rec := indexOf(it)
			for k, v := range rec.keys(it.ID) {
				want[k] = string(v)
			}
			counts[string(countKey(it.Kind, rec.Status))]++
			if rec.Ref != "" {
				counts[string(countKey(it.Kind, refCountKey(rec.Ref)))]++
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	gotCounts := map[string]int64{}
	err = e.st.View(func(txn *badger.Txn) error {
		for _, prefix := range []string{titlePrefix, duePrefix, refPrefix, depPrefix, countPrefix, refCountPrefix} {
			err := scanKeys(txn, []byte(prefix), func(entry *badger.Item) (bool, error) {
				v, err := entry.ValueCopy(nil)
				if err != nil {
					return false, err
				}
				k := string(entry.KeyCopy(nil))
				if prefix == countPrefix || prefix == refCountPrefix {
					kind, status, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(k, countPrefix), refCountPrefix), "/")
					if prefix == refCountPrefix {
						status = refCountKey(status)
					}
					n, err := readCount(txn, Kind(kind), status)
					if n != 0 {
						gotCounts[k] = n
					}
					return err == nil, err
				}
				got[k] = string(v)
				return true, nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(got, want) {
		for k := range want {
			if _, ok := got[k]; !ok {
				t.Errorf("index lacks %q", k)
			}
		}
		for k := range got {
			if _, ok := want[k]; !ok {
				t.Errorf("index has stale %q", k)
			}
		}
		t.FailNow()
	}
	if !maps.Equal(gotCounts, counts) {
		t.Fatalf("counts %v, want %v", gotCounts, counts)
	}
}

// The index follows every path an item takes: detection, decisions, a run with lock errors
// and retries, links, unlinks, write-back, changes in Procore.
func TestIndexFollowsEveryPath(t *testing.T) {
	r := newTestRig(t)
	ctx := context.Background()
	r.add(t, 0, 300)
	r.know(0, 20)
	checkIndex(t, r.e)
	ids := func(from, to int) []string {
		var out []string
		for i := from; i < to; i++ {
			out = append(out, ItemID(testKind, fmt.Sprintf("%07d", i)))
		}
		return out
	}
	if _, err := r.e.Export(testKind, Selection{IDs: ids(0, 200)}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	if _, err := r.e.Reject(testKind, Selection{IDs: ids(250, 260)}, "not ours", ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	checkIndex(t, r.e)
	r.qb.InjectLockError("VendorAdd", 3175, 30) // 30 answers: "in use", retried later
	r.runSession(t)
	checkIndex(t, r.e)
	if page, _ := r.e.List(testKind, Query{Status: "retrying"}); page.Total != 30 {
		t.Fatalf("%d retrying, want 30", page.Total)
	}
	if _, err := r.e.Reopen(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	if _, err := r.e.Link(ItemID(testKind, "0000280"), QBRef{ListID: "L-280", FullName: "Vendor 0000280"}, ByBookkeeper, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := r.e.Link(ItemID(testKind, "0000281"), QBRef{ListID: "L-280"}, ByBookkeeper, ""); err == nil {
		t.Fatal("one QuickBooks record linked to two items")
	}
	checkIndex(t, r.e)
	if err := r.e.WriteBack(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := r.e.Unlink(ItemID(testKind, "0000280"), ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	if _, err := r.e.Link(ItemID(testKind, "0000281"), QBRef{ListID: "L-280"}, ByBookkeeper, ""); err != nil {
		t.Fatalf("the record is free again after the unlink: %v", err)
	}
	checkIndex(t, r.e)
	r.flow.mu.Lock()
	r.flow.records["0000005"] = "Vendor five, renamed"
	r.flow.mu.Unlock()
	if _, err := r.e.Detect(ctx, testKind); err != nil {
		t.Fatal(err)
	}
	checkIndex(t, r.e)
	page, err := r.e.List(testKind, Query{Search: "five, renamed"})
	if err != nil || page.Total != 1 || page.Items[0].Status() != "ready" {
		t.Fatalf("search after a change in Procore: %+v %v", page, err)
	}
}

// A database from before the index (or with an older layout) is indexed when the engine
// starts, and then matches.
func TestIndexIsBuiltForAnOldDatabase(t *testing.T) {
	r := newTestRig(t)
	r.add(t, 0, 450)
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.runSession(t)
	before, err := r.e.Activity(testKind, 1000)
	if err != nil {
		t.Fatal(err)
	}
	err = r.st.DB().DropPrefix(append(indexPrefixes(), []byte(indexVersionKey))...)
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(r.st, zerolog.Nop(), []Flow{r.flow})
	if err != nil {
		t.Fatal(err)
	}
	checkIndex(t, e)
	after, err := e.Activity(testKind, 1000)
	if err != nil || !slices.Equal(before, after) {
		t.Fatalf("activity of the kind: %d entries before, %d after (%v)", len(before), len(after), err)
	}
	if page, _ := e.List(testKind, Query{Status: "synced"}); page.Total != 450 {
		t.Fatalf("%d synced after the rebuild", page.Total)
	}
}

// Pages cover a kind in title order, without gaps or repeats, with the counts per status.
func TestPagesCoverTheKind(t *testing.T) {
	r := newTestRig(t)
	r.add(t, 0, 530)
	var seen []string
	for offset := 0; ; offset += 200 {
		page, err := r.e.List(testKind, Query{Offset: offset, Limit: 200})
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != 530 || page.Counts["all"] != 530 || page.Counts["ready"] != 530 {
			t.Fatalf("total %d, counts %v", page.Total, page.Counts)
		}
		for _, it := range page.Items {
			seen = append(seen, it.Title)
		}
		if len(page.Items) < 200 {
			break
		}
	}
	if len(seen) != 530 || !slices.IsSorted(seen) || len(slices.Compact(slices.Clone(seen))) != 530 {
		t.Fatalf("%d titles, sorted %v", len(seen), slices.IsSorted(seen))
	}
}

// The activity log pages back to its first entry, of one kind or all, with no gap or repeat.
func TestActivityPagesToTheBeginning(t *testing.T) {
	r := newTestRig(t)
	r.add(t, 0, 130)
	if _, err := r.e.Export(testKind, Selection{All: true}, ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	for _, kind := range []Kind{testKind, ""} {
		var all []Entry
		before := ""
		for range 100 {
			page, next, err := r.e.ActivityPage(kind, 40, before)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, page...)
			if next == "" {
				break
			}
			before = next
		}
		if len(all) != 260 { // found, then accepted: two entries an item
			t.Fatalf("kind %q: %d entries, want 260", kind, len(all))
		}
		for i := 1; i < len(all); i++ {
			if all[i].At.After(all[i-1].At) {
				t.Fatalf("kind %q: entry %d is newer than the one before it", kind, i)
			}
		}
	}
}

// Pages read on from the last item of the page before cover a kind as offsets do, with a
// search too.
func TestPagesAfterTheLastItemCoverTheKind(t *testing.T) {
	r := newTestRig(t)
	r.add(t, 0, 530)
	for _, search := range []string{"", "vendor 00001"} {
		var seen []string
		after, total := "", 0
		for range 20 {
			page, err := r.e.List(testKind, Query{After: after, Limit: 50, Search: search})
			if err != nil {
				t.Fatal(err)
			}
			total = page.Total
			for _, it := range page.Items {
				seen = append(seen, it.Title)
			}
			if len(page.Items) < 50 {
				break
			}
			after = page.Items[len(page.Items)-1].ID
		}
		want := 530
		if search != "" {
			want = 100 // Vendor 0000100 … 0000199
		}
		if len(seen) != want || total != want || !slices.IsSorted(seen) || len(slices.Compact(slices.Clone(seen))) != want {
			t.Fatalf("search %q: %d titles (total %d), want %d, sorted %v", search, len(seen), total, want, slices.IsSorted(seen))
		}
	}
}
