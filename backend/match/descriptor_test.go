package match

import (
	"strings"
	"testing"
)

// A steel firm with or without "Fabricators", and a landscape company that is a landscaping
// contractor, are one firm; a fabricator is not an erector, and a landscape supply is not a
// landscaping contractor.
func TestFabricatorsAndLandscaping(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Lumbee River Steel", "Lumbee River Steel Fabricators Inc", true},
		{"Lumbee River Metal Fabrication", "Lumbee River Metal", true},
		{"Yadkin Valley Landscape Co.", "Yadkin Valley Landscaping", true},
		{"Lumbee River Steel Erectors", "Lumbee River Steel Fabricators Inc", false},
		{"Lumbee River Steel Erectors", "Lumbee River Steel Supply", false},
		{"Yadkin Valley Landscape Supply", "Yadkin Valley Landscaping", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A second trade after "&" added to the trade both names have is the same firm; a second trade
// without a trade in common, or a word before the "&" that is no trade, is not.
func TestSecondTrade(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Lumbee Tile", "Lumbee Tile & Marble LLC", true},
		{"Lumbee Drywall & Paint", "Lumbee Drywall Inc", true},
		{"Lumbee Plumbing & Heating", "Lumbee Plumbing", true},  // a trade of its own, the firm alone on the list (secondtradeown.go)
		{"Lumbee Stone & Tile", "Lumbee Stone Corp", false},     // Stone is the firm's name, not a trade
		{"Lumbee Tile & Marble", "Lumbee Marble", false},        // the first trade is not in common
		{"Lumbee Tile & Marble Partners", "Lumbee Tile", false}, // not the last word
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "second trade") {
			t.Errorf("%q / %q: reason %q does not name the second trade", c.procore, c.qb, s.Reason)
		}
	}
}

// A state's postal code reads as its name, a trade's word as its work (Cabinetry, Cabinets;
// Survey, Surveying), and a singular trade before "&" counts as the trade; a state's code at
// the end of a branch's name still names a branch.
func TestStateCodesAndTradeForms(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"SC Commercial Roofing", "South Carolina Commercial Roofing", true},
		{"Lumbee Custom Cabinetry", "Lumbee Custom Cabinets", true},
		{"Lumbee Surveying", "Lumbee Survey Co", true},
		{"Lumbee Sign & Graphics", "Lumbee Signs", true},
		{"Lumbee Electric Supply", "Lumbee Supply - Fargo ND", true},
		{"SC Commercial Roofing", "North Carolina Commercial Roofing", false},
		{"Lumbee Custom Cabinetry", "Lumbee Custom Countertops", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// The codes of states in one word read as their names where the code is no word or other
// initials of its own; VA stays Veterans Affairs as much as Virginia.
func TestOneWordStateCodes(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"WA Commercial Glazing", "Washington Commercial Glazing", true},
		{"Lumbee Paving TX", "Lumbee Paving Texas", true},
		{"VA Commercial Glazing", "Virginia Commercial Glazing", false},
		{"GA Commercial Glazing", "Florida Commercial Glazing", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A trade and the people who do it are one firm's name: Fence and Fencing, Plumbers and
// Plumbing; a supply house of the trade is not.
func TestTradeAndItsPeople(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Lumbee Fencing", "Lumbee Fence Co", true},
		{"Lumbee Plumbers", "Lumbee Plumbing", true},
		{"Lumbee Roofers", "Lumbee Roofing Supply", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// Brothers, Companies, Specialists, Works and Unlimited say what kind of firm, not which.
func TestMoreDescriptors(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Lumbee Brothers Roofing", "Lumbee Roofing"},
		{"Lumbee Cos", "Lumbee Companies"},
		{"Lumbee Iron Works", "Lumbee Iron"},
		{"Lumbee Restoration Specialists", "Lumbee Restoration"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %s (%s), want Likely", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
	if s := assignVendors([]string{"Lumbee Brothers Roofing"}, []string{"Lumbee Paving"})["pa"]; s.Confidence == Likely {
		t.Errorf("Lumbee Brothers Roofing / Lumbee Paving: Likely (%s)", s.Reason)
	}
}

// So reads South or Southern and Gen General where the other name has the word.
func TestSoAndGen(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"So Sound Paving", "South Sound Paving", true},
		{"Lumbee Gen Contractors", "Lumbee General Contractors", true},
		{"So Sound Paving", "North Sound Paving", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
