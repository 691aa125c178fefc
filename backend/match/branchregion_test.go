package match

import "testing"

// A national firm's regional or national entity ("Kestrel Supply Northeast LLC", "Tamsin U.S.
// Inc.") is the firm whose branches the other list keeps; two regions, a point of the compass
// alone, or a sister entity on the list stay a question.
func TestRegionalEntityAndBranch(t *testing.T) {
	qbOf := func(names ...string) []Entry {
		out := []Entry{{ID: "o", Name: "Northgate Lumber", City: "Canton"}}
		for i, n := range names {
			out = append(out, Entry{ID: "k" + string(rune('a'+i)), Name: n})
		}
		return out
	}
	for _, c := range []struct {
		procore string
		qb      []Entry
		sure    bool
	}{
		{"Kestrel Supply Northeast LLC", qbOf("Kestrel Supply - Canton"), true},
		{"Tamsin U.S. Inc.", qbOf("Tamsin - Denver Sales Office"), true},
		{"Quillan Applied", qbOf("Quillan Applied Americas - New England"), true},
		{"Quillan Rentals (North America), Inc.", qbOf("Quillan Rentals Br 107 Canton"), true},
		{"Kestrel Supply Northeast LLC", qbOf("Kestrel Supply Southeast"), false},
		{"Kestrel Supply West", qbOf("Kestrel Supply - Canton"), false},
		{"Kestrel Supply Northeast LLC", qbOf("Kestrel Supply - Canton", "Kestrel Supply Southeast"), false},
		{"Kestrel Supply Northeast Ridge", qbOf("Kestrel Supply - Canton"), false},
	} {
		s := Assign([]Entry{{ID: "p", Name: c.procore}}, NewFlatIndex(c.qb))["p"]
		sure := s.Confidence == Likely || s.Confidence == Exact
		if sure != c.sure || c.sure && s.ID != "ka" {
			t.Errorf("%q: %q %s (%s), want one click %v", c.procore, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
