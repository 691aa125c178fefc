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

// One word more on one side of a job's name of three words or more is the same job; with fewer
// words, a number or a word on each side, it is not linked in one click.
func TestOneWordMoreInAJobName(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Pitt County Schools Ayden HS Athletic Field House", "Pitt County Schools:Ayden HS Field House", true},
		{"Town of Ayden Dorothea Park Restroom Building", "Town of Ayden:Dorothea Park Restroom Bldg", true},
		{"Vidant Ayden Hospital Tower Infill", "Vidant:Ayden Hospital - Patient Tower Infill", true},
		{"Ayden Library Roof Renovation", "Town of Ayden:Ayden Library Renovation", false}, // two words of its own
		{"Pitt County Schools Ayden HS Athletic Field House 2", "Pitt County Schools:Ayden HS Field House", false},
		{"Pitt County Schools Ayden HS Athletic Field House", "Pitt County Schools:Ayden HS Press Box Field House", false},
		{"Pitt County Schools Ayden HS Athletic Concession Field House", "Pitt County Schools:Ayden HS Field House", false}, // two more
	} {
		s := assignJobs([]string{c.procore}, []string{c.qb[:strings.IndexByte(c.qb, ':')], c.qb})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want likely %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}

// The word more must not stand where a word of the customer would be.
func TestOneWordMoreNotForTheCustomer(t *testing.T) {
	qb := []string{"University of Carolina at Ayden", "University of Carolina at Ayden:Joyner Events Center Roof"}
	s := assignJobs([]string{"UC Farmville - Joyner Events Center Roof"}, qb)["pa"]
	if s.ID == "qb" && s.Confidence == Likely {
		t.Errorf("UC Farmville: Likely (%s), want no one-click link", s.Reason)
	}
}

// A private customer's surname counts towards the words a job's name needs before one word
// more is set aside; a primary suite is the master suite.
func TestPrivateCustomerJobs(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Okonkwo Outdoor Kitchen", "Okonkwo, Ada:Outdoor Kitchen & Patio", true},
		{"Okonkwo Primary Suite", "Okonkwo, Ada:Master Suite Remodel", true},
		{"Okonkwo Detached Garage", "Okonkwo, Ada:Garage", true},                  // the family's only job (familyjob.go)
		{"Okonkwo Outdoor Kitchen", "Okafor, Ada:Outdoor Kitchen & Patio", false}, // another family
	} {
		s := assignJobs([]string{c.procore}, []string{c.qb[:strings.IndexByte(c.qb, ':')], c.qb})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want likely %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A university goes by the initials of its name before its campus, and "Res Hall" is a
// residence hall.
func TestCampusInitials(t *testing.T) {
	qb := []string{"University of West Carolina at Boone", "University of West Carolina at Boone:Res Hall Summer Repairs 2024"}
	s := assignJobs([]string{"UWC Summer 2024 Residence Hall Repairs"}, qb)["pa"]
	if s.ID != "qb" || s.Confidence != Likely {
		t.Errorf("UWC Summer 2024 Residence Hall Repairs: %q %s (%s), want the job Likely", s.Name, s.Confidence, s.Reason)
	}
	s = assignJobs([]string{"UWC Summer 2025 Residence Hall Repairs"}, qb)["pa"]
	if s.ID == "qb" && s.Confidence == Likely {
		t.Errorf("UWC Summer 2025: Likely (%s), want no one-click link for another year", s.Reason)
	}
}

// A job's initials may take a word that is also the customer's: "GCC Expansion" under the City
// of Greenville is the Greenville Convention Center Expansion.
func TestJobInitialsOverCustomer(t *testing.T) {
	qb := []string{"City of Greenville", "City of Greenville:GCC Expansion Enabling Work", "City of Greenville:Town Common Restroom"}
	s := assignJobs([]string{"Greenville Convention Center Expansion - Enabling Work"}, qb)["pa"]
	if s.ID != "qb" || s.Confidence != Likely {
		t.Errorf("Greenville Convention Center Expansion: %q %s (%s), want the GCC job Likely", s.Name, s.Confidence, s.Reason)
	}
	s = assignJobs([]string{"Greenville Civic Arena Expansion - Enabling Work"}, qb)["pa"]
	if s.ID == "qb" && s.Confidence == Likely {
		t.Errorf("Greenville Civic Arena: Likely (%s), want no one-click link", s.Reason)
	}
}
