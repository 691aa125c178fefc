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
		// With "City of" on one side, an office's word on the other is the body's office.
		{"Town of Tarrow - Water & Sewer", "Tarrow Water and Sewer Dept", true},
		{"Tarrow Municipal Utilities", "City of Tarrow Utilities", true},
		{"Town of Tarrow Services", "Tarrow Services", false},
		{"City of Tarrow - Planning Department", "Tarrow Water Department", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// "State of" or "Commonwealth of" a state on one side only before the state's office: the
// state's office. Not before another word than a state's name, nor before another office.
func TestStateOfPrefix(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Commonwealth of Massachusetts - Dept of Revenue", "Massachusetts Dept of Revenue", true},
		{"State of Ohio Dept of Taxation", "Ohio Dept of Taxation", true},
		{"State of Ohio Dept of Taxation", "Ohio Dept of Commerce", false},
		{"State of Kestrel Electric", "Kestrel Electric", false},
		{"State of the Art Plumbing Supply", "Art Plumbing Supply", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
