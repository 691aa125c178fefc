package match

import "testing"

// A firm's place before its name on one list and after it on the other: a town of the lists'
// addresses, a state or a region.
func TestPlaceWordMoved(t *testing.T) {
	for _, c := range []struct{ procore, qb, city string }{
		{"Tacoma Boiler Works", "Boiler Works Tacoma", "Tacoma"},
		{"Pipe Supply Northwest", "Northwest Pipe Supply", ""},
		{"Plano Cable Solutions", "Cable Solutions Plano", "Plano"},
	} {
		qb := []Entry{{ID: "qa", Name: c.qb, City: c.city}, {ID: "qb", Name: "Osprey Plumbing", City: "Everett"}}
		s := Assign([]Entry{{ID: "pa", Name: c.procore}}, NewFlatIndex(qb))["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c.procore, c.qb, s.Name, s.Confidence, s.Reason)
		}
	}
}

// The near misses: the firm's own words turned round, a place moved inside the name, a word that
// is no place moved.
func TestPlaceWordMovedNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb, city string }{
		{"River Rock Paving", "Rock River Paving", ""},
		{"Tacoma Boiler Works", "Boiler Tacoma Works", "Tacoma"},
		{"Tacoma Boiler Works", "Boiler Works Tacoma", "Everett"}, // Tacoma no town of the lists
		{"Summit Boiler Works", "Boiler Works Summit", ""},
	} {
		qb := []Entry{{ID: "qa", Name: c.qb, City: c.city}}
		s := Assign([]Entry{{ID: "pa", Name: c.procore}}, NewFlatIndex(qb))["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
