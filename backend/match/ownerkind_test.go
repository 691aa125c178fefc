package match

import "testing"

// A project that names the owner by its facility meets the job under the owner's corporate name
// when the owner's first word is its own on the list and the job's words are all there; a floor
// or a compass point between the two, another floor, one word of the job's or a first word
// another customer shares does not, at one click.
func TestOwnerPlaceBeforeJob(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Kestrel Hospital 3rd Floor Nurse Call", []string{"Kestrel Health", "Kestrel Health:3rd Flr Nurse Call"}, true},
		{"Tarrow Memorial Pavilion HVAC", []string{"Tarrow Regional Med Ctr", "Tarrow Regional Med Ctr:Pavilion HVAC"}, true},
		// Another kind of owner; a town standing where the customer's own would be.
		{"Kestrel Park School Lab 4 Exhaust", []string{"Kestrel Homes", "Kestrel Homes:Lab 4 Exhaust"}, false},
		{"Tarrow Everett Pavilion HVAC", []string{"Tarrow Regional Med Ctr", "Tarrow Regional Med Ctr:Pavilion HVAC"}, false},
		{"Kestrel Hospital North Tower Roof", []string{"Kestrel Health", "Kestrel Health:Tower Roof"}, false},
		{"Kestrel Hospital 4th Floor Nurse Call", []string{"Kestrel Health", "Kestrel Health:3rd Flr Nurse Call"}, false},
		{"Kestrel Hospital Roof", []string{"Kestrel Health", "Kestrel Health:Roof"}, false},
		{"Kestrel Hospital 3rd Floor Nurse Call", []string{"Kestrel Health", "Kestrel Health:3rd Flr Nurse Call", "Kestrel Homes"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[1], s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}

// A town of the list's addresses between the owner's first word and the job's is the owner's
// place there, unless the customer names a town of its own.
func TestOwnerTownBeforeJob(t *testing.T) {
	for _, c := range []struct {
		customer string
		likely   bool
	}{
		{"Tarrow Regional Med Ctr", true},
		{"Tarrow Health Tacoma", false},
	} {
		qb := []Entry{
			{ID: "qa", Name: c.customer, City: "Everett"},
			{ID: "qb", Name: c.customer + ":Pavilion HVAC", City: "Everett"},
			{ID: "qc", Name: "Marrow Holdings:Dock Repairs", City: "Tacoma"},
		}
		s := Assign([]Entry{{ID: "pa", Name: "Tarrow Everett Pavilion HVAC"}}, NewIndex(qb))["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("under %q: %s %q (%s), want likely %v", c.customer, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
