package match

import (
	"strings"
	"testing"
)

// A customer with no jobs, a firm or a public body, meets the project named by it and the work;
// a word of another kind added, a town added, a word of the customer's left out, a one-word
// customer or a customer with jobs does not link in one click.
func TestCustomerNameWithTheWork(t *testing.T) {
	for _, c := range []struct {
		procore, customer string
		likely            bool
	}{
		{"Quillan Harbor Hotel Chiller", "Quillan Harbor Hotel", true},
		{"Marrowfield Savings Bank Parking Lot", "Marrowfield Savings Bank", true},
		{"Tarrow Housing Authority Site Repairs", "Tarrow Housing Authority", true},
		{"Brisket Hollow Brewing Taproom", "Brisket Hollow Brewing Co", true},
		{"Quillan Grand Hotel Ballroom Prefunction", "Quillan Grand Hotel", true},
		{"Quillan Grand Hotel Guestroom Corridors", "Quillan Grand Hotel", true},
		{"Quillan Grand Hotel Casino", "Quillan Grand Hotel", false}, // a business of its own
		{"Tarrow Valley MUD 11 Lift Station", "Tarrow Valley MUD No. 11", true},
		{"Tarrow Valley MUD 12 Lift Station", "Tarrow Valley MUD No. 11", false}, // another district
		{"Kestrel Medical Center Tacoma ER Remodel", "Kestrel Medical Center - Tacoma", true},
		{"Kestrel Medical Center Olympia ER Remodel", "Kestrel Medical Center - Tacoma", false}, // another place
		{"Quillan Grand Hotel Lobby Refresh", "Quillan Grand Hotel", true},
		{"Brisket Hollow Brewing Distribution", "Brisket Hollow Brewing Co", false}, // not a word of the work
		{"Marrowfield Savings Bank Insurance", "Marrowfield Savings Bank", false},   // another firm of the name
		{"Quillan Harbor Hotel Supply", "Quillan Harbor Hotel", false},
		{"Quillan Harbor Motel Chiller", "Quillan Harbor Hotel", false},               // another word in its place
		{"Quillan Hotel Chiller", "Quillan Harbor Hotel", false},                      // a word of the customer's left out
		{"Quillan Chiller", "Quillan", false},                                         // one word of the customer's only
		{"Quillan Harbor Builders Parking Lot", "Quillan Harbor Builders LLC", false}, // a contractor's projects are the owner's
	} {
		qb := []string{"Northgate Schools:Gym Floor", c.customer}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact)
		if got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.customer, s.Name, s.Confidence, s.Reason, c.likely)
		}
		if got && !strings.Contains(s.Reason, "no jobs") {
			t.Errorf("%q: reason %q does not say the customer has no jobs", c.procore, s.Reason)
		}
	}
	// A town, city or county with no jobs owns its buildings; a firm named after the place adds
	// other words.
	for _, c := range []struct {
		procore, customer string
		likely            bool
	}{
		{"Quillan Shores Town Hall Repairs", "Town of Quillan Shores", true},
		{"Marrowvale Airport Hangar Repair", "City of Marrowvale", true},
		{"Tarrow County Jail Roof", "Tarrow County", true},
		{"Quillan Shores Condo Association Repairs", "Town of Quillan Shores", false},
		{"Marrowvale Dental Office Repair", "City of Marrowvale", false},
		{"Marrowvale Airport Hangar Repair", "City of Marrowvale Heights", false}, // a word of the place left out
	} {
		s := assignJobs([]string{c.procore}, []string{"Northgate Schools:Gym Floor", c.customer})["pa"]
		if got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.customer, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
	// A building of a customer with no jobs, by its label and letter or number; a phase, a
	// contractor's firm or a customer with a number of its own is not so taken.
	for _, c := range []struct {
		procore, customer string
		likely            bool
	}{
		{"Quillan Medical Campus Bldg D Power", "Quillan Medical Campus", true},
		{"Quillan Medical Campus Tower 2 Lobby", "Quillan Medical Campus", true},
		{"Quillan Medical Campus Phase 2 Power", "Quillan Medical Campus", false},
		{"Quillan Harbor Builders Bldg D Power", "Quillan Harbor Builders LLC", false},
		{"Tarrow Valley MUD Bldg 2 Roof", "Tarrow Valley MUD No. 11", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"Northgate Schools:Gym Floor", c.customer})["pa"]
		if got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.customer, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
	// A customer with jobs is never the project: the project is one of its jobs.
	s := assignJobs([]string{"Quillan Harbor Hotel Chiller"}, []string{"Quillan Harbor Hotel", "Quillan Harbor Hotel:Lobby Refresh"})["pa"]
	if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
		t.Errorf("customer with jobs linked in one click: %s (%s)", s.Confidence, s.Reason)
	}
}
