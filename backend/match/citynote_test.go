package match

import "testing"

// "City of" on one side only, with the city's office after a dash or named Utilities: the
// city's office. A trade after the dash is a firm's; another office, or the city alone, is not
// that office.
func TestCityOfOfficeNote(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Tarrow Water Works", "City of Tarrow - Water Works", true},
		{"City of Marrow Utilities", "Marrow Utilities", true},
		{"City of Marrow - Marrow Water", "Marrow Water", true},
		{"Town of Tarrow - Electric", "Tarrow Electric", false}, // a firm's trade
		{"City of Tarrow - Planning", "Tarrow Water Works", false},
		{"City of Marrow", "Marrow Utilities", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
