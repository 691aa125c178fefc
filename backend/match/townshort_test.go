package match

import "testing"

// A branch named for its town written short ("Colo Springs", "Ft Worth") is the branch in that
// town, as the one written in full is; a town that only begins the same way is another.
func TestTownWrittenShort(t *testing.T) {
	for _, c := range []struct {
		name string
		p    Entry
		qb   []string
		sure bool
	}{
		{"a state's old abbreviation", Entry{Name: "Quennell & Hart LP", City: "Colorado Springs"},
			[]string{"Quennell & Hart Colo Springs", "Quennell & Hart #271 Denver"}, true},
		{"Ft for Fort", Entry{Name: "Quennell Supply Co", City: "Fort Collins"},
			[]string{"Quennell Supply Ft Collins", "Quennell Supply - Denver"}, true},
		{"another town", Entry{Name: "Quennell & Hart LP", City: "Colorado City"},
			[]string{"Quennell & Hart Colo Springs", "Quennell & Hart #271 Denver"}, false},
		{"two records in the town", Entry{Name: "Quennell & Hart LP", City: "Colorado Springs"},
			[]string{"Quennell & Hart Colo Springs", "Quennell & Hart #12 Colorado Springs"}, false},
	} {
		c.p.ID = "p"
		var qb []Entry
		for i, n := range c.qb {
			qb = append(qb, Entry{ID: "q" + string(rune('a'+i)), Name: n})
		}
		qb = append(qb, Entry{ID: "o", Name: "Northgate Lumber", City: c.p.City})
		s := Assign([]Entry{c.p}, NewFlatIndex(qb))["p"]
		sure := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%s: %q %s (%s), want one click %v", c.name, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
