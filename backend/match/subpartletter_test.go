package match

import "testing"

// A letter against the number of a phase, village, building or lot names another part of the
// site when the other name has the number alone; the same letter on both sides, and a school's
// borough letter, still agree.
func TestSubPartLetter(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Quarry Ridge Village 4B", "Quarry Ridge Vlg 4B", true},
		{"Quarry Ridge Phase 2A Lot 14", "Quarry Ridge Ph 2A Lot 14", true},
		{"PS 21 Bronx Boiler", "PS 21X Boiler", true},
		{"Quarry Ridge Village 4", "Quarry Ridge Village 4B", false},
		{"Quarry Ridge Village 4B", "Quarry Ridge Village 4", false},
		{"Quarry Business Park Phase 1", "Quarry Business Park Ph 1B", false},
		{"Quarry Medical Bldg 4", "Quarry Medical Bldg 4B", false},
	} {
		qb := []string{"Corbel Homes", "Corbel Homes:" + c.job, "Northgate Schools:Gym Floor"}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact)
		if got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
