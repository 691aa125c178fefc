package match

import "testing"

// An office of a public body named with or without Utilities, Department, Commission or
// Management is the same office; another office of the same town is not, nor a firm that is
// no public body.
func TestPublicBodyOffice(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Town of Zebulon Electric Utilities", "Town of Zebulon - Electric", true},
		{"City of Sanford Water Management", "City of Sanford - Water", true},
		{"Kinston Utilities Commission", "Kinston Utilities (KUC)", true},
		{"City of Sanford Planning Department", "City of Sanford - Planning", true},
		{"City of Sanford Development Services", "City of Sanford - Utilities", false},
		{"City of Sanford Stormwater Management", "City of Sanford - Water", false},
		{"Zebulon Property Management", "Zebulon Property", false}, // a firm, not a public body
		// District says it is a public body's office; a county written Co is still the county.
		{"Tarrow County Regional Sewer District", "Tarrow Co Regional Sewer", true},
		{"Tarrow County Sewer District", "Tarrow County Sewer", true},
		{"Tarrow County Regional Sewer District", "Tarrow Co Regional Water", false}, // another office
		{"Tarrow County School District", "Tarrow County", false},                    // which office?
		{"Kestrel Sewer District", "Kestrel Sewer", false},                           // not a public body's name
		{"Tarrow County Sewer District", "Tarrow County Sewer & Excavating", false},  // a firm's trade
		// "City of Tarrow" is "Tarrow City"; a firm's own words in another order are not.
		{"City of Tarrow Utilities", "Tarrow City Utilities", true},
		{"Town of Marrow Water", "Marrow Town Water", true},
		{"City of Tarrow Utilities", "Tarrow Town Utilities", false},
		{"Twin City Electric", "City Twin Electric", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// Initials may keep the A of "and" (OWASA); a utility's billing office is its office; a legal
// name in brackets after a brand is the brand's firm; Wireless says which of a firm's accounts.
func TestUtilityNames(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Lumbee Water and Sewer Authority", "LWASA", true},
		{"Lumbee Water Sewer Authority", "LWASA", false},
		{"Town of Zebulon Utility Billing", "Town of Zebulon - Utilities", true},
		{"Quillcast Communications", "Brightwave (Quillcast Communications)", true},
		{"Quillcast Wireless", "Quillcast", true},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// "City of" on one side only before two words or more of a city's service is the city's
// service; not before a trade, nor before the town's name alone.
func TestCityOfPrefix(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Sanford Water", "City of Sanford Water", true},
		{"City of Sanford Solid Waste", "Sanford Solid Waste", true},
		{"Town of Sanford Electric", "Sanford Electric", false},
		{"Town of Sanford", "Sanford Electric", false},
		{"Sanford", "County of Sanford - Tax", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
