package match

import "testing"

// A range of lots or buildings meets the same range however written, but not one lot of it.
func TestLotRangeAgainstOneLot(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Quarry Ridge Lots 12-18", "Quarry Ridge Lots 12 - 18", true},
		{"Quarry Ridge Lots 12-18", "Quarry Ridge Lot 12-18", true},
		{"Citrine Bldgs 1-6", "Citrine Bldg 1-6", true},
		{"Quarry Ridge Lot 12", "Quarry Ridge Lots 12-18", false},
		{"Quarry Ridge Lots 12-18", "Quarry Ridge Lot 12", false},
		{"Citrine Bldg 1", "Citrine Bldgs 1-6", false},
	} {
		qb := []string{"Corbel Homes", "Corbel Homes:" + c.job, "Northgate Schools:Gym Floor"}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact)
		if got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
