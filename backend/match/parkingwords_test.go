package match

import "testing"

// "Parking", "Lot" and "Parking Lot" name one parking lot in a job's name; a numbered lot is
// another.
func TestParkingLotWords(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Marrow Mills Parking Lot Repairs", "Marrow Mills:Parking Repairs", true},
		{"Marrow Mills Parking Garage Sealing", "Marrow Mills:Garage Sealing", true},
		{"Marrow Mills Parking Lot 4 Repairs", "Marrow Mills:Parking Repairs", false},
		{"Marrow Mills Parking Garage Sealing", "Marrow Mills:Garage 2 Sealing", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"Marrow Mills", c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
