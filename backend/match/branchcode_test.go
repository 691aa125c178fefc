package match

import "testing"

// A branch code of a state's postal code and the town's first letters ("Quennell OHMAR") is the
// firm's branch at that town, named or in its address; another town, a code of no state, or the
// firm's word on another record stay a question.
func TestBranchCodeOfStateAndTown(t *testing.T) {
	for _, c := range []struct {
		name string
		p    Entry
		qb   []string
		sure bool
	}{
		{"the town in the name", Entry{Name: "Quennell Company - Marysville"}, []string{"Quennell OHMAR"}, true},
		{"the town in the address", Entry{Name: "Quennell Company", City: "Marlborough"}, []string{"Quennell MAMAR"}, true},
		{"another town", Entry{Name: "Quennell - Nashua", City: "Nashua"}, []string{"Quennell MAMAR"}, false},
		{"a code of no state", Entry{Name: "Quennell Company", City: "Marlborough"}, []string{"Quennell XQMAR"}, false},
		{"the firm's word on another record", Entry{Name: "Quennell Company", City: "Marlborough"}, []string{"Quennell MAMAR", "Quennell Roofing"}, false},
	} {
		c.p.ID = "p"
		var qb []Entry
		for i, n := range c.qb {
			qb = append(qb, Entry{ID: "k" + string(rune('a'+i)), Name: n})
		}
		qb = append(qb, Entry{ID: "o", Name: "Northgate Lumber", City: "Lowell"})
		s := Assign([]Entry{c.p}, NewFlatIndex(qb))["p"]
		sure := s.ID == "ka" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%s: %q %s (%s), want one click %v", c.name, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
