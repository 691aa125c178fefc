package match

import "testing"

// A distributor's name tied between two numbered branches takes the one left when the other is
// linked in one click to the Procore record of its town; it stays a question when the other
// branch is free, when it went only to a Possible, when the Procore name is another kind of firm's (a
// contractor of the name), or when the tied records carry no numbers.
func TestTieLeftToTheFirm(t *testing.T) {
	for _, c := range []struct {
		name    string
		procore []string
		qb      []string
		sure    bool // "Quennell Supply Inc." one click to qb[0]
	}{
		{"the other branch is the town's", []string{"Quennell Supply Inc.", "Quennell Supply Fort Worth"},
			[]string{"Quennell Supply #1085 Irving", "Quennell Supply #1091 Ft Worth"}, true},
		{"the other branch is free", []string{"Quennell Supply Inc."},
			[]string{"Quennell Supply #1085 Irving", "Quennell Supply #1091 Ft Worth"}, false},
		{"the other branch went only to a question", []string{"Quennell Supply Inc.", "Quennell Supply Yard 9 Wichita"},
			[]string{"Quennell Supply #1085 Irving", "Quennell Supply #1091 Ft Worth"}, false},
		{"a contractor of the firm's name", []string{"Quennell Construction Co", "Quennell Supply Fort Worth"},
			[]string{"Quennell Supply #1085 Irving", "Quennell Supply #1091 Ft Worth"}, false},
		{"no branch numbers", []string{"Quennell Supply Inc.", "Quennell Supply Denton"},
			[]string{"Quennell Supply - Irving", "Quennell Supply - Denton"}, false},
	} {
		var ps, qb []Entry
		for i, n := range c.procore {
			ps = append(ps, Entry{ID: "p" + string(rune('a'+i)), Name: n})
		}
		for i, n := range c.qb {
			qb = append(qb, Entry{ID: "q" + string(rune('a'+i)), Name: n})
		}
		qb = append(qb, Entry{ID: "o", Name: "Northgate Lumber", City: "Irving"}, Entry{ID: "o2", Name: "Harlan Paving", City: "Fort Worth"})
		got := Assign(ps, NewFlatIndex(qb))
		s := got["pa"]
		sure := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%s: %q %s (%s), want one click %v", c.name, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
