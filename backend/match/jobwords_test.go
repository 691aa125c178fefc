package match

import (
	"strings"
	"testing"
)

// Words of a project's name a bookkeeper reads as the same: Rec for Recreation, Tech for
// Technical, "Upfit" a word of the work like Renovation.
func TestJobWordsReadAlike(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Clayton Recreation Center - New Gym", "Town of Clayton:New Gym at Rec Center", true},
		{"Pitt Tech Greenville Campus Building B", "Pitt Technical College:Greenville Campus Bldg B", true},
		{"ECU - Joyner Library Dining Upfit", "East Carolina University:Joyner Library Dining", true},
		{"Pitt Tech Greenville Campus Building A", "Pitt Technical College:Greenville Campus Bldg B", false},
		{"ECU - Joyner Library Dining Upfit", "East Carolina University:Joyner Library Roof", false},
	} {
		s := assignJobs([]string{c.procore}, []string{c.qb[:strings.IndexByte(c.qb, ':')], c.qb})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want likely %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A customer whose name starts with a state's code in capitals goes by initials that keep both
// its letters: NCSU for "NC State University", SCSU for "SC State University".
func TestCustomerInitialsWithStateCode(t *testing.T) {
	qb := []string{"SC State University", "SC State University:Lowman Hall Lab Reno", "SC State University:Lowman Hall Roof"}
	s := assignJobs([]string{"SCSU Lowman Hall Lab Renovation"}, qb)["pa"]
	if s.ID != "qb" || s.Confidence != Likely {
		t.Errorf("SCSU Lowman Hall Lab Renovation: %q %s (%s), want the lab job Likely", s.Name, s.Confidence, s.Reason)
	}
	s = assignJobs([]string{"SSU Lowman Hall Lab Renovation"}, qb)["pa"]
	if s.ID == "qb" && s.Confidence == Likely {
		t.Errorf("SSU Lowman Hall Lab Renovation: Likely (%s), want no one-click link", s.Reason)
	}
}
