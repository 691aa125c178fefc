package match

import (
	"strings"
	"testing"
)

// A state's traditional abbreviation reads as the state, and Engr as engineering, when the other
// name has the word; another state, or a word more, stays apart.
func TestStateShortFormsAndEngr(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Colorado Pipe Supply", "Colo Pipe Supply", true},
		{"Calif Pipe Supply", "California Pipe Supply Inc", true},
		{"Intl Fire Protection Conn", "International Fire Protection of Connecticut", true},
		{"Lumbee Engineering Associates", "Lumbee Engr Assoc", true},
		{"Lumbee Engineers", "Lumbee Engr", true},
		{"Colo Pipe Supply", "California Pipe Supply", false},
		{"Nev Pipe Supply", "New Mexico Pipe Supply", false},
		{"Colo Pipe Supply", "Colorado Springs Pipe Supply", false},
		{"Lumbee Engr", "Lumbee Energy", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "abbreviations") {
			t.Errorf("%q / %q: reason %q does not name the abbreviation", c.procore, c.qb, s.Reason)
		}
	}
}

// Place words written the Postal Service's way (Crk, Pk) and words of a job's name written short
// (Res, Recon, Rm, Condo, Labs) read out when the other name has the word; another word stays
// apart.
func TestJobShortForms(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Tarrow Clear Creek Whitewater Park Repairs", []string{"City of Tarrow", "City of Tarrow:Clear Crk Whitewater Pk Repairs"}, true},
		{"Tarrow Reservoir Boat Ramp Reconstruction", []string{"City of Tarrow", "City of Tarrow:Tarrow Res Boat Ramp Recon"}, true},
		{"Tarrow Art Museum Mechanical Room Upgrade", []string{"Tarrow Art Museum", "Tarrow Art Museum:Mech Rm Upgrade"}, true},
		{"15 Tarrow Street Condominium Boiler", []string{"15 Tarrow St Condo Assn", "15 Tarrow St Condo Assn:Boiler"}, true},
		{"Tarrow Tech - Olney Hall Labs", []string{"Tarrow Tech", "Tarrow Tech:Olney Hall Lab Exhaust"}, true},
		{"Tarrow Tech Dining Hall Kitchen", []string{"Tarrow Tech", "Tarrow Tech:Dining Hall Kitch"}, true},
		{"Tarrow Clear Creek Whitewater Pool Repairs", []string{"City of Tarrow", "City of Tarrow:Clear Crk Whitewater Pk Repairs"}, false},
		{"Tarrow Clear Creek Whitewater Pike Repairs", []string{"City of Tarrow", "City of Tarrow:Clear Crk Whitewater Pk Repairs"}, false},
		{"Tarrow Art Museum Mechanical Rooms Upgrade", []string{"Tarrow Art Museum", "Tarrow Art Museum:Mech Rm Upgrade"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[1], s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "abbreviations") {
			t.Errorf("%q: reason %q does not name the abbreviations", c.procore, s.Reason)
		}
	}
}
