package match

import "testing"

// One agreeing phone links a name to one that has all its words and more, in the same town; not
// in another town, not at a phone another record shares, not two names each with words of its
// own.
func TestOneContactNameWithin(t *testing.T) {
	const phone = "918-555-0100"
	for _, c := range []struct {
		name  string
		p     Entry
		qb    Entry
		other Entry
		sure  bool
	}{
		{"the same town", Entry{Name: "Harlan Quennell Tulsa", Phone: phone, City: "Tulsa"},
			Entry{Name: "Quennell - Tulsa", Phone: phone, City: "Tulsa"}, Entry{Name: "Northgate Lumber"}, true},
		{"the phone only on one side's record", Entry{Name: "Quennell Rentals", Phone: phone},
			Entry{Name: "Quennell Rentals PC 811 Orem", Phone: phone}, Entry{Name: "Northgate Lumber"}, true},
		{"another town", Entry{Name: "Harlan Quennell Tulsa", Phone: phone, City: "Broken Arrow"},
			Entry{Name: "Quennell - Tulsa", Phone: phone, City: "Tulsa"}, Entry{Name: "Northgate Lumber"}, false},
		{"a shared switchboard", Entry{Name: "Harlan Quennell Tulsa", Phone: phone, City: "Tulsa"},
			Entry{Name: "Quennell - Tulsa", Phone: phone, City: "Tulsa"}, Entry{Name: "Northgate Lumber", Phone: phone}, false},
		{"a family of firms", Entry{Name: "Quennell Plumbing Tulsa", Phone: phone, City: "Tulsa"},
			Entry{Name: "Quennell Mechanical - Tulsa", Phone: phone, City: "Tulsa"}, Entry{Name: "Northgate Lumber"}, false},
	} {
		c.p.ID, c.qb.ID, c.other.ID = "p", "q", "o"
		s := Assign([]Entry{c.p}, NewFlatIndex([]Entry{c.qb, c.other}))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%s: %q %s (%s), want one click %v", c.name, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
