package match

import "testing"

// "Industrial" names the kind of work or supply a firm does, as Electric or Supply do: a
// distributor's whole name with "Industrial Supply" meets one of its numbered branches in the
// same town, while a firm named Industrial and another of the same word with another trade stay
// two firms.
func TestIndustrialIsATradeWord(t *testing.T) {
	for _, c := range []struct {
		name string
		p    string
		qb   []string
		sure bool
	}{
		{"the supply house's branch", "Quennell Industrial Supply Tulsa", []string{"Quennell #418 Tulsa", "Quennell #412 Wichita"}, true},
		{"another trade", "Quennell Industrial", []string{"Quennell Roofing"}, false},
		{"another trade's branch", "Quennell Industrial Supply Tulsa", []string{"Quennell Electric #418 Tulsa"}, false},
	} {
		var qb []Entry
		for i, n := range c.qb {
			qb = append(qb, Entry{ID: "q" + string(rune('a'+i)), Name: n})
		}
		qb = append(qb, Entry{ID: "o", Name: "Northgate Lumber", City: "Tulsa"}, Entry{ID: "o2", Name: "Harlan Paving", City: "Wichita"})
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%s: %q %s (%s), want one click %v", c.name, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
