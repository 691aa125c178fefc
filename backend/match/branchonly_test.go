package match

import "testing"

// The firm's whole name with only a branch's words added is the firm's branch when no other record
// of the list is; two such branches, or a word of another firm added, leave it a question.
func TestBranchOnlyWordsAdded(t *testing.T) {
	for _, c := range []struct {
		name string
		qb   []Entry
		p    string
		want string
		sure bool
	}{
		{"a branch number added",
			[]Entry{{ID: "t", Name: "Kestrel Rentals Trench Safety Br 301"}, {ID: "g", Name: "Kestrel Rentals Br 794 Grand Prairie", City: "Grand Prairie"}},
			"Kestrel Rentals Trench Safety", "t", true},
		{"a town and a store number added",
			[]Entry{{ID: "m", Name: "Quarry Auto Parts Mesa Store 118"}, {ID: "o", Name: "Northgate Lumber"}},
			"Quarry Auto Parts", "m", true},
		{"the legal entity's region in brackets",
			[]Entry{{ID: "g", Name: "Kestrel Rentals Br 794 Grand Prairie", City: "Grand Prairie"}, {ID: "t", Name: "Kestrel Rentals Trench Safety Br 301"}},
			"Kestrel Rentals (North America), Inc.", "g", true},
		{"another word in brackets",
			[]Entry{{ID: "g", Name: "Kestrel Rentals Br 794 Grand Prairie", City: "Grand Prairie"}, {ID: "t", Name: "Kestrel Rentals Trench Safety Br 301"}},
			"Kestrel Rentals (Pump Division), Inc.", "", false},
		{"the supply word left out, the trade kept",
			[]Entry{{ID: "q", Name: "Basalt City Electric - Quincy"}, {ID: "g", Name: "The Basalt Group", City: "Quincy"}},
			"Basalt City Electric Supply Co.", "q", true},
		{"the supply word left out and the trade too",
			[]Entry{{ID: "q", Name: "Basalt City - Quincy"}, {ID: "g", Name: "The Basalt Group", City: "Quincy"}},
			"Basalt City Electric Supply Co.", "", false},
		{"the supply word left out, two branches",
			[]Entry{{ID: "q", Name: "Basalt City Electric - Quincy"}, {ID: "w", Name: "Basalt City Electric - Waltham", City: "Quincy"}},
			"Basalt City Electric Supply Co.", "", false},
		{"two stores of the chain",
			[]Entry{{ID: "m", Name: "Quarry Auto Parts Mesa Store 118"}, {ID: "c", Name: "Quarry Auto Parts Chandler Store 204"}},
			"Quarry Auto Parts", "", false},
		{"a word of another firm added",
			[]Entry{{ID: "p", Name: "Kestrel Rentals Trench Safety Pump Br 301"}, {ID: "g", Name: "Kestrel Rentals Br 794 Grand Prairie", City: "Grand Prairie"}},
			"Kestrel Rentals Trench Safety", "", false},
	} {
		s := Assign([]Entry{{ID: "q", Name: c.p}}, NewFlatIndex(c.qb))["q"]
		sure := s.Confidence == Exact || s.Confidence == Likely
		if sure != c.sure || c.sure && s.ID != c.want {
			t.Errorf("%s: %q → %q %s (%s)", c.name, c.p, s.Name, s.Confidence, s.Reason)
		}
	}
}
