package match

import "testing"

// A denomination's initials after a congregation's name are the church's words; another
// denomination's, or UMC for a medical center, is not.
func TestChurchInitials(t *testing.T) {
	for _, c := range []struct {
		procore, customer string
		likely            bool
	}{
		{"Quillan Road United Methodist Church Nursery", "Quillan Road UMC", true},
		{"St. Marrow UMC Parking Lot Lighting", "St Marrow United Methodist Church", true},
		{"Bethel Tarrow AME Fellowship Hall", "Bethel Tarrow African Methodist Episcopal Church", true},
		{"Quillan Road United Methodist Church Nursery", "Quillan Road AME", false},
		{"St. Marrow UMC Parking Lot Lighting", "St Marrow University Medical Center", false},
		{"Quillan Road Baptist Church Nursery", "Quillan Road UMC", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"Northgate Schools:Gym Floor", c.customer})["pa"]
		if got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.customer, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
