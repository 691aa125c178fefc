package mapping

import (
	"slices"
	"testing"

	"joblink/backend/engine"
	"joblink/backend/match"
)

// vendorRows ranks Procore directory companies against a QuickBooks vendor list (not nested, as
// qbside.go builds it for the Vendors page), as the cache does.
func vendorRows(procore []match.Entry, quickbooks []string) ([]*itemRow, *qbSide) {
	var entries []match.Entry
	q := &qbSide{gen: 1, at: map[string]int32{}}
	for i, n := range quickbooks {
		id := "qb" + string(rune('a'+i))
		entries = append(entries, match.Entry{ID: id, Name: n})
		q.at[id] = int32(i)
		q.indexed = append(q.indexed, id)
	}
	q.index = match.NewFlatIndex(entries)
	rows := make([]*itemRow, len(procore))
	for i, e := range procore {
		rows[i] = &itemRow{entry: e, state: engine.Waiting}
	}
	rank(q, rows)
	return rows, q
}

// Two Procore branches of one firm against the one QuickBooks record of the firm: the page's
// assignment cannot tell which branch the record is, so neither is linked in one click, however
// the branches are written and in whichever order the page lists them. A third row with the
// firm's own name takes the record, and the branches are not linked in one click to anything
// else.
func TestAssignTwoBranchesNoOneClick(t *testing.T) {
	others := []string{"Northgate Lumber", "Benton Rebar", "Pacific Tile & Stone", "Harmon Glass"}
	firm := "Ferguson Enterprises Inc"
	for _, c := range []struct {
		procore []string
		owner   string // the row that should get the record, "" when none may be sure of it
	}{
		// One branch alone is the firm at one of its places: one click (what makes the two
		// below a tie and not a miss).
		{[]string{"Ferguson Enterprises - Tacoma"}, "Ferguson Enterprises - Tacoma"},
		{[]string{"Ferguson Enterprises - Tacoma", "Ferguson Enterprises - Seattle"}, ""},
		{[]string{"Ferguson Enterprises - Seattle", "Ferguson Enterprises - Tacoma"}, ""},
		{[]string{"Ferguson Enterprises Tacoma Branch", "Ferguson Enterprises (Seattle)"}, ""},
		{[]string{"Ferguson Enterprises #1432", "Ferguson Enterprises - Seattle"}, ""},
		// One branch named in so many words (a state code), the other by a city the lists do
		// not know: the second is only a resemblance, but it is still the firm's.
		{[]string{"Ferguson Enterprises Tacoma WA", "Ferguson Enterprises Seattle"}, ""},
		{[]string{"Ferguson Enterprises Seattle", "Ferguson Enterprises Tacoma WA"}, ""},
		{[]string{"Ferguson Enterprises - Tacoma", "Ferguson Enterprises - Seattle", "Ferguson Enterprises, Inc."}, "Ferguson Enterprises, Inc."},
	} {
		var procore []match.Entry
		for i, n := range c.procore {
			procore = append(procore, match.Entry{ID: "p" + string(rune('a'+i)), Name: n})
		}
		qb := append(slices.Clone(others), firm)
		rows, q := vendorRows(procore, qb)
		got := assign(rows, make([]bool, len(q.indexed)))
		offered := false
		for i, g := range got {
			if !g.OK {
				continue
			}
			name := qb[g.At]
			sure := g.Confidence == match.Exact || g.Confidence == match.Likely
			switch {
			case name == firm:
				offered = true
				if sure && rows[i].entry.Name != c.owner {
					t.Errorf("%q: %q offered in one click (%s: %s)", c.procore, rows[i].entry.Name, g.Confidence, g.Reason)
				}
				if !sure && rows[i].entry.Name == c.owner {
					t.Errorf("%q: the firm's own name %q not sure (%s: %s)", c.procore, c.owner, g.Confidence, g.Reason)
				}
			case sure:
				t.Errorf("%q: %q linked in one click to %q (%s: %s)", c.procore, rows[i].entry.Name, name, g.Confidence, g.Reason)
			}
		}
		if !offered {
			t.Errorf("%q: %q offered to no row at all", c.procore, firm)
		}
		// The rankings also agree with match.Assign, which the Vendors page would use without
		// kept rankings.
		want := match.Assign(procore, q.index)
		for i, r := range rows {
			w, ok := want[r.entry.ID]
			if ok != got[i].OK || ok && (q.indexed[got[i].At] != w.ID || got[i].Confidence != w.Confidence) {
				t.Errorf("%q: %q gets %v %+v, match.Assign %v %+v", c.procore, r.entry.Name, got[i].OK, got[i].Candidate, ok, w)
			}
		}
	}
}
