package match

import (
	"strings"
	"testing"
)

// The parts of a building a tenant's job is numbered by, written short on one list: Ste for
// Suite, Fl for Floor, Lvl for Level. The number still says which: another suite or floor is
// another job, and FL in capitals is Florida.
func TestUnitWordsShortForms(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Marrow Plaza Suite 310", []string{"Kestrel Realty", "Kestrel Realty:Marrow Plaza Ste 310"}, true},
		{"Tarrow Clinic 3rd Floor Lab", []string{"Tarrow Health", "Tarrow Health:Tarrow Clinic 3rd Fl Lab"}, true},
		{"Marrow Tower Level 2 Lounge", []string{"Kestrel Realty", "Kestrel Realty:Marrow Tower Lvl 2 Lounge"}, true},
		// Another suite, another floor: another job.
		{"Marrow Plaza Suite 320", []string{"Kestrel Realty", "Kestrel Realty:Marrow Plaza Ste 310"}, false},
		{"Tarrow Clinic 4th Floor Lab", []string{"Tarrow Health", "Tarrow Health:Tarrow Clinic 3rd Fl Lab"}, false},
		// FL in capitals is the state.
		{"Tarrow Clinic Floor Lab", []string{"Tarrow Health", "Tarrow Health:Tarrow Clinic FL Lab"}, false},
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
