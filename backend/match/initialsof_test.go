package match

import (
	"strings"
	"testing"
)

// A public body's initials keep the O of "of" and a state's code whole: the agency is linked in
// one click, and another agency of the same state is not.
func TestInitialsWithOfAndState(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"South Carolina Department of Revenue", "SCDOR", true},
		{"SC Department of Health and Environmental Control", "SCDHEC", true},
		{"Virginia Department of Transportation", "VDOT", true},
		{"SCDOR", "SC Department of Revenue", true},
		{"SC Department of Labor", "SCDOR", false},
		{"South Carolina Department of Revenue", "SCDOT", false},
		{"Department of Revenue", "DOT", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want likely %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "written as initials") {
			t.Errorf("%q / %q: reason %q", c.procore, c.qb, s.Reason)
		}
	}
}

// Two capitals are the initials of two words when the rest of both names is the same: "KC Metro
// Transit" is King County Metro Transit; not when they spell other words.
func TestTwoLetterInitials(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"PC Metro Transit", "Pamlico County Metro Transit", true},
		{"HR Supply", "Harlow Rentals Supply", true},
		{"PC Metro Transit", "Pitt County Metro", false},
		{"HR Supply", "Harlow Supply", false},
		{"HR Supply", "HS Supply", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
