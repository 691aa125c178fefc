package mapping

import (
	"encoding/json"
	"os"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/match"
)

// labelled reads the match package's labelled names: Procore and QuickBooks records of one
// contractor, messy as bookkeepers meet them.
func labelled(t *testing.T) (procore, quickbooks []match.Entry) {
	t.Helper()
	raw, err := os.ReadFile("../match/testdata/labelled.json")
	if err != nil {
		t.Fatal(err)
	}
	var set struct{ Procore, QuickBooks []match.Entry }
	if err := json.Unmarshal(raw, &set); err != nil {
		t.Fatal(err)
	}
	return set.Procore, set.QuickBooks
}

// rowsOf ranks the Procore records against an index of the QuickBooks ones, as the cache does.
func rowsOf(procore, quickbooks []match.Entry) ([]*itemRow, *qbSide) {
	q := &qbSide{index: match.NewIndex(quickbooks), gen: 1, at: map[string]int32{}}
	for i, e := range quickbooks {
		q.at[e.ID] = int32(i)
		q.indexed = append(q.indexed, e.ID)
	}
	rows := make([]*itemRow, len(procore))
	for i, e := range procore {
		rows[i] = &itemRow{entry: e, state: engine.Waiting}
	}
	rank(q, rows)
	return rows, q
}

// With nothing linked, the kept rankings suggest what match.Assign suggests.
func TestAssignAsMatchAssign(t *testing.T) {
	procore, quickbooks := labelled(t)
	want := match.Assign(procore, match.NewIndex(quickbooks))
	rows, q := rowsOf(procore, quickbooks)
	got := assign(rows, make([]bool, len(q.indexed)))
	same := 0
	for i, r := range rows {
		w, ok := want[r.entry.ID]
		g := got[i]
		if ok != g.OK || (ok && (q.indexed[g.At] != w.ID || g.Confidence != w.Confidence || g.Reason != w.Reason || g.Score != w.Score)) {
			t.Errorf("%q: got %v %+v, match.Assign %v %+v", r.entry.Name, g.OK, g.Candidate, ok, w)
			continue
		}
		same++
	}
	if same < len(rows) || len(want) < len(rows)/2 {
		t.Fatalf("%d of %d rows as match.Assign has them (%d suggestions)", same, len(rows), len(want))
	}
}

// Records linked to items are never suggested, no record is suggested twice, and a row whose
// suggestion was linked elsewhere falls back to its next.
func TestAssignSkipsLinked(t *testing.T) {
	procore, quickbooks := labelled(t)
	rows, q := rowsOf(procore, quickbooks)
	free := assign(rows, make([]bool, len(q.indexed)))
	linked := make([]bool, len(q.indexed))
	fellBack := 0
	for i := range rows {
		if free[i].OK && i%3 == 0 {
			linked[free[i].At] = true
		}
	}
	got := assign(rows, linked)
	seen := map[int32]bool{}
	for i, g := range got {
		if !g.OK {
			continue
		}
		if linked[g.At] || seen[g.At] {
			t.Fatalf("%q: suggested %s, linked %v, twice %v", rows[i].entry.Name, q.indexed[g.At], linked[g.At], seen[g.At])
		}
		seen[g.At] = true
		if free[i].OK && linked[free[i].At] {
			fellBack++
		}
	}
	if fellBack == 0 {
		t.Fatal("no row fell back to another record when its first was linked")
	}
}
