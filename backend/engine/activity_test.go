package engine

import (
	"fmt"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// seedActivity writes n audit entries a minute apart from start: kinds alternate "a"/"b",
// every tenth entry moves to failed, the rest to synced; titles are "Item <i>".
func seedActivity(t *testing.T, e *Engine, start time.Time, n int) {
	t.Helper()
	for from := 0; from < n; from += 1000 {
		err := e.st.Update(func(txn *badger.Txn) error {
			for i := from; i < min(from+1000, n); i++ {
				kind, to := Kind("a"), Synced
				if i%2 == 1 {
					kind = "b"
				}
				if i%10 == 0 {
					to = Failed
				}
				en := Entry{At: start.Add(time.Duration(i) * time.Minute), ItemID: fmt.Sprintf("%s/%d", kind, i), Kind: kind,
					Title: fmt.Sprintf("Item %d", i), From: Queued, To: to, Who: ByJoblink, Message: "m"}
				if err := putEntry(txn, en); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func titles(es []Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Title
	}
	return out
}

// Filters by kind, outcome, date and search, newest first, paging to the end.
func TestActivityFindFilters(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	seedActivity(t, e, start, 100)

	res, err := e.ActivityFind(ActivityFilter{Kind: "b", To: Failed})
	if err != nil || len(res.Entries) != 0 {
		t.Fatalf("b never fails (odd entries, failures every tenth): %v %v", titles(res.Entries), err)
	}
	res, _ = e.ActivityFind(ActivityFilter{Kind: "a", To: Failed, Limit: 4})
	if got := titles(res.Entries); fmt.Sprint(got) != "[Item 90 Item 80 Item 70 Item 60]" || res.Next == "" {
		t.Fatalf("a failed: %v next %q", got, res.Next)
	}
	res, _ = e.ActivityFind(ActivityFilter{Kind: "a", To: Failed, Limit: 4, Before: res.Next})
	if got := titles(res.Entries); fmt.Sprint(got) != "[Item 50 Item 40 Item 30 Item 20]" {
		t.Fatalf("a failed, page 2: %v", got)
	}
	res, _ = e.ActivityFind(ActivityFilter{Kind: "a", To: Failed, Limit: 4, Before: res.Next})
	if got := titles(res.Entries); fmt.Sprint(got) != "[Item 10 Item 0]" || res.Next != "" {
		t.Fatalf("a failed, last page: %v next %q", got, res.Next)
	}

	// Entries 10 to 19 by date: Since inclusive, Until exclusive.
	res, _ = e.ActivityFind(ActivityFilter{Since: start.Add(10 * time.Minute), Until: start.Add(20 * time.Minute)})
	if got := titles(res.Entries); len(got) != 10 || got[0] != "Item 19" || got[9] != "Item 10" || res.Next != "" {
		t.Fatalf("date range: %v next %q", got, res.Next)
	}
	// A date range and a kind, paged: the cursor stays inside the range.
	res, _ = e.ActivityFind(ActivityFilter{Kind: "b", Since: start.Add(10 * time.Minute), Until: start.Add(20 * time.Minute), Limit: 3})
	res, _ = e.ActivityFind(ActivityFilter{Kind: "b", Since: start.Add(10 * time.Minute), Until: start.Add(20 * time.Minute), Limit: 3, Before: res.Next})
	if got := titles(res.Entries); fmt.Sprint(got) != "[Item 13 Item 11]" || res.Next != "" {
		t.Fatalf("kind and range, page 2: %v next %q", got, res.Next)
	}

	res, _ = e.ActivityFind(ActivityFilter{Search: "ITEM 7"})
	if got := titles(res.Entries); fmt.Sprint(got) != "[Item 79 Item 78 Item 77 Item 76 Item 75 Item 74 Item 73 Item 72 Item 71 Item 70 Item 7]" {
		t.Fatalf("search: %v", got)
	}
	if res.Scanned != 100 || !res.ScannedTo.IsZero() {
		t.Fatalf("search read %d entries, stopped at %s", res.Scanned, res.ScannedTo)
	}
}

// A search over a long history reads at most ActivityScanBound entries a request, and says how
// far back it looked; the next request goes on from there.
func TestActivityFindSearchIsBounded(t *testing.T) {
	e := testEngine(t)
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	n := ActivityScanBound + 1500
	seedActivity(t, e, start, n)

	res, err := e.ActivityFind(ActivityFilter{Search: "Item 1", Limit: 1000}) // 500 of the newest 5,000 match
	if err != nil {
		t.Fatal(err)
	}
	if res.Scanned != ActivityScanBound || res.Next == "" {
		t.Fatalf("read %d entries, next %q", res.Scanned, res.Next)
	}
	oldestRead := start.Add(time.Duration(n-ActivityScanBound) * time.Minute)
	if !res.ScannedTo.Equal(oldestRead) {
		t.Fatalf("scanned to %s, want %s", res.ScannedTo, oldestRead)
	}
	for _, en := range res.Entries {
		if en.At.Before(oldestRead) {
			t.Fatalf("entry older than the walk: %v", en)
		}
	}
	first := len(res.Entries)
	if first != 500 {
		t.Fatalf("first walk found %d, want 500", first)
	}
	more, err := e.ActivityFind(ActivityFilter{Search: "Item 1", Before: res.Next, Limit: 1000})
	if err != nil || more.Scanned != 1500 || more.Next != "" {
		t.Fatalf("second walk: read %d, next %q, %v", more.Scanned, more.Next, err)
	}
	// 1 + 10 + 100 + 1000 titles start with "Item 1" below 6500 (1, 10-19, 100-199, 1000-1999).
	if total := first + len(more.Entries); total != 1111 {
		t.Fatalf("found %d, want 1111", total)
	}
}
