package match

import "testing"

// A number with a leading zero before a name ("01 Quenby Builders Supply") sorts the record to
// the top, as a star does: the name is linked at Likely, not when a record without the number
// matches too, and a number without the zero ("3 Rivers Electric") is part of the name.
func TestSortingNumberBeforeName(t *testing.T) {
	for _, c := range []struct {
		p    string
		qb   []string
		want string // the QuickBooks name linked in one click, "" for none
	}{
		{"Quenby Builders Supply", []string{"01 Quenby Builders Supply"}, "01 Quenby Builders Supply"},
		{"Quenby Plumbing", []string{"002-Quenby Plumbing"}, "002-Quenby Plumbing"},
		{"Quenby Builders Supply", []string{"01 Quenby Builders Supply", "Quenby Builders Supply"}, "Quenby Builders Supply"},
		{"Rivers Electric", []string{"3 Rivers Electric"}, ""},
	} {
		var qb []Entry
		for i, n := range c.qb {
			qb = append(qb, Entry{ID: "q" + string(rune('a'+i)), Name: n})
		}
		qb = append(qb, Entry{ID: "o", Name: "Northgate Lumber"})
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		got := ""
		if s.Confidence == Likely || s.Confidence == Exact {
			got = s.Name
		}
		if got != c.want {
			t.Errorf("%q among %q: %q %s (%s), want %q in one click", c.p, c.qb, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
}
