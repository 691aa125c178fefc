package match

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// labelled is testdata/labelled.json: a QuickBooks list and Procore records, each labelled with the
// QuickBooks record a bookkeeper would link it to ("" when it is not in QuickBooks).
type labelled struct {
	QuickBooks []Entry `json:"quickbooks"`
	Procore    []struct {
		Entry
		Truth string `json:"truth"`
		Case  string `json:"case"`
	} `json:"procore"`
}

func loadLabelled(t testing.TB) labelled {
	t.Helper()
	b, err := os.ReadFile("testdata/labelled.json")
	if err != nil {
		t.Fatal(err)
	}
	var l labelled
	if err := json.Unmarshal(b, &l); err != nil {
		t.Fatal(err)
	}
	return l
}

// TestQuality runs Assign over the labelled set. Precision is measured on what the app offers for
// one-click linking (Exact and Likely), recall on every true pair whatever the confidence.
func TestQuality(t *testing.T) {
	l := loadLabelled(t)
	ix := NewIndex(l.QuickBooks)
	procore := make([]Entry, len(l.Procore))
	for i, p := range l.Procore {
		procore[i] = p.Entry
	}
	got := Assign(procore, ix)

	type tally struct{ pairs, found, sure, sureRight int }
	byCase := map[string]*tally{}
	var all tally
	for _, p := range l.Procore {
		c := byCase[p.Case]
		if c == nil {
			c = &tally{}
			byCase[p.Case] = c
		}
		s, ok := got[p.ID]
		if ok && (s.Confidence == Exact || s.Confidence == Likely) {
			all.sure++
			c.sure++
			if s.ID == p.Truth {
				all.sureRight++
				c.sureRight++
			} else {
				t.Logf("wrong %s: %q -> %q (%s, %.3f: %s)", s.Confidence, p.Name, s.Name, p.Case, s.Score, s.Reason)
			}
		}
		if p.Truth == "" {
			continue
		}
		all.pairs++
		c.pairs++
		if ok && s.ID == p.Truth {
			all.found++
			c.found++
		} else if testing.Verbose() {
			t.Logf("missed (%s): %q -> %q %v", p.Case, p.Name, s.Name, s)
		}
	}
	cases := make([]string, 0, len(byCase))
	for k := range byCase {
		cases = append(cases, k)
	}
	slices.Sort(cases)
	for _, k := range cases {
		c := byCase[k]
		t.Logf("%-28s pairs %3d found %3d   exact/likely %3d right %3d", k, c.pairs, c.found, c.sure, c.sureRight)
	}
	precision := float64(all.sureRight) / float64(max(all.sure, 1))
	recall := float64(all.found) / float64(max(all.pairs, 1))
	t.Logf("precision of Exact+Likely: %d/%d = %.3f (target ≥ 0.98)", all.sureRight, all.sure, precision)
	t.Logf("recall of true pairs:      %d/%d = %.3f (target ≥ 0.90)", all.found, all.pairs, recall)
	if precision < 0.98 {
		t.Errorf("precision %.3f < 0.98", precision)
	}
	if recall < 0.90 {
		t.Errorf("recall %.3f < 0.90", recall)
	}
}
