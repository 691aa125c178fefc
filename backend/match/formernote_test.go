package match

import "testing"

// A note in brackets giving a building's former name ("fka Grady") is set aside on the Jobs page; a note
// without it, or the old name alone, says another job.
func TestFormerNameNoteOfABuilding(t *testing.T) {
	for _, c := range []struct {
		procore string
		likely  bool
	}{
		{"TPS Quarry HS (fka Marrow) Science Labs", true},
		{"TPS Quarry HS (formerly Marrow) Science Labs", true},
		{"TPS Quarry HS (Marrow) Science Labs", false},
	} {
		qb := []string{"Northgate Builders:Gym Floor", "Tarrow Public Schools", "Tarrow Public Schools:Quarry HS Science Labs", "Tarrow Public Schools:Marrow MS Gym"}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		if got := s.ID == "qc" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q: %q %s (%s), want one click %v", c.procore, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
