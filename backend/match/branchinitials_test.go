package match

import "testing"

// A distributor kept in QuickBooks by its initials and a branch's city without a dash ("KED
// Durham") is the firm's whole name in Procore, when the city is one of the list's places; a job
// named after a customer's initials does not find the customer that way.
func TestInitialsWithBranchPlace(t *testing.T) {
	qb := []Entry{
		{ID: "q1", Name: "KED Durham", City: "Durham"},
		{ID: "q2", Name: "Harmon Glass", City: "Cary"},
	}
	got := Assign([]Entry{{ID: "p1", Name: "Kingsley Electrical Distributors, Inc."}}, NewFlatIndex(qb))["p1"]
	if got.ID != "q1" || got.Confidence != Likely {
		t.Errorf("Kingsley Electrical Distributors / KED Durham: %q %s (%s), want Likely", got.Name, got.Confidence, got.Reason)
	}
	// Not when the word after the initials is no place of the list.
	qb[0].Name = "KED Dunmore"
	got = Assign([]Entry{{ID: "p1", Name: "Kingsley Electrical Distributors, Inc."}}, NewFlatIndex(qb))["p1"]
	if got.ID == "q1" && got.Confidence == Likely {
		t.Errorf("Kingsley Electrical Distributors / KED Dunmore: Likely (%s), want no one-click link", got.Reason)
	}
	// A job that starts with a customer's initials is not that customer.
	jobs := []Entry{{ID: "c1", Name: "Cumberland Public Schools"}, {ID: "c2", Name: "Cumberland Public Schools:Hope Mills Gym Roof Replacement"}}
	got = Assign([]Entry{{ID: "p1", Name: "CPS Hope Mills Roof"}}, NewIndex(jobs))["p1"]
	if got.ID == "c1" {
		t.Errorf("CPS Hope Mills Roof: offered the customer %q (%s)", got.Name, got.Reason)
	}
}

// A distinctive firm's whole name with two words of its trade is the firm at one of its stores;
// with two trades against a name that is no branch, or against a firm's name shared with another
// record, it is not linked in one click.
func TestBranchOfFirmWithTwoTradeWords(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Quenby Landscape Supply, LLC", []string{"Quenby #341 Durham"}, true},
		{"Quenby Electric Supply", []string{"Quenby - Store 12"}, true},
		{"Quenby Landscape Supply", []string{"Quenby"}, false},                               // no branch: another firm of the name?
		{"Quenby Landscape Supply", []string{"Quenby #341 Durham", "Quenby Rentals"}, false}, // not distinctive
		{"Quenby Garden Landscape Supply", []string{"Quenby #341 Durham"}, false},            // a word of its own
	} {
		s := assignVendors([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want likely %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A national firm's whole name with its division ("Facilities Maintenance", "Home Centers") is
// the firm at one of its branches; another branch's place is no division.
func TestDivisionAgainstBranch(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Quenby Supply Facilities Maintenance", []string{"Quenby Supply - Durham Branch"}, true},
		{"Quenby's Home Centers, LLC", []string{"Quenby's #2415 Garner"}, true},
		{"Quenby Materials", []string{"Quenby #4 Garner"}, true},
		{"Quenby Greensboro", []string{"Quenby Durham"}, false},                     // two branches
		{"Quenby Supply Facilities", []string{"Quenby Supply Roofing #4"}, false},   // a branch of one trade
		{"Quenby Materials", []string{"Quenby #4 Garner", "Quenby Rentals"}, false}, // not distinctive
	} {
		s := assignVendors([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want likely %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A branch of another trade is not the firm's: "Summit Roofing - Store 3" for Summit Electric.
func TestBranchOfAnotherTrade(t *testing.T) {
	s := assignVendors([]string{"Quenby Electric"}, []string{"Quenby Roofing - Store 3"})["pa"]
	if s.ID == "qa" && s.Confidence == Likely {
		t.Errorf("Quenby Electric / Quenby Roofing - Store 3: Likely (%s), want no one-click link", s.Reason)
	}
	s = assignVendors([]string{"Quenby Electric"}, []string{"Quenby Electric - Store 3"})["pa"]
	if s.ID != "qa" || s.Confidence != Likely {
		t.Errorf("Quenby Electric / Quenby Electric - Store 3: %s (%s), want Likely", s.Confidence, s.Reason)
	}
}

// A national firm's regional entity ("Quenby Energy Carolinas") is the firm; with a sister
// entity on the Procore side extending the same name, neither is linked in one click.
func TestRegionalEntity(t *testing.T) {
	qb := []string{"Quenby Energy", "Harlow Energy Carolinas"}
	s := assignVendors([]string{"Quenby Energy Carolinas, LLC"}, qb)["pa"]
	if s.ID != "qa" || s.Confidence != Likely {
		t.Errorf("Quenby Energy Carolinas / Quenby Energy: %q %s (%s), want Likely", s.Name, s.Confidence, s.Reason)
	}
	got := assignVendors([]string{"Quenby Energy Carolinas, LLC", "Quenby Energy Progress, LLC"}, qb)
	for _, id := range []string{"pa", "pb"} {
		if s := got[id]; s.ID == "qa" && s.Confidence == Likely {
			t.Errorf("%s: %q %s (%s), want no one-click link with a sister entity", id, s.Name, s.Confidence, s.Reason)
		}
	}
}

// A distinctive supplier kept by its name and a city of the list's addresses ("Beacon Raleigh")
// is the supplier's whole name with its trade words; a city in brackets may be a contractor's
// note, and a city no address names is not known as a place.
func TestSupplierAtItsCity(t *testing.T) {
	for _, c := range []struct {
		procore, qb, city string
		likely            bool
	}{
		{"Quenby Roofing Supply", "Quenby Durham", "Durham", true},
		{"Quenby Supply", "Quenby - Durham", "Durham", true},
		{"Quenby Supply", "Quenby (Durham)", "Durham", false},
		{"Quenby Roofing Supply", "Quenby Durham", "Cary", false},
	} {
		qs := []Entry{{ID: "qa", Name: c.qb, City: c.city}, {ID: "qb", Name: "Harmon Glass", City: "Cary"}}
		s := Assign([]Entry{{ID: "pa", Name: c.procore}}, NewFlatIndex(qs))["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q (%s): %s (%s), want likely %v", c.procore, c.qb, c.city, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A local branch named city first ("Durham Quenby Co") is the distinctive firm at that city.
func TestPlaceFirstBranch(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Quenby Inc", "Durham Quenby Co", true},
		{"Quenby Inc", "Durhamville Quenby Co", false}, // no place of the list
	} {
		qs := []Entry{{ID: "qa", Name: c.qb, City: "Durham"}, {ID: "qb", Name: "Harmon Glass", City: "Cary"}}
		s := Assign([]Entry{{ID: "pa", Name: c.procore}}, NewFlatIndex(qs))["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
