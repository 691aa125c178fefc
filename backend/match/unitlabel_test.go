package match

import "testing"

// A building's or suite's label on one side only ("Bldg C-12" / "C-12") is the same place; a
// label of another kind ("Lot 12"), another number, or no number on the other side are not.
func TestUnitLabelOneSide(t *testing.T) {
	qb := []string{"Steiner Partners", "Northgate Schools", "Northgate Schools:Gym Floor"}
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Marrow Plaza Bldg C-12 Tenant Improvement", "Marrow Plaza C-12 TI", true},
		{"Marrow Plaza Suite 210 TI", "Marrow Plaza 210 TI", true},
		{"Marrow Plaza C-12 TI", "Marrow Plaza Building C-12 Tenant Improvement", true},
		{"Marrow Plaza Building 12 TI", "Marrow Plaza Lot 12 TI", false},
		{"Marrow Plaza Building 12 TI", "Marrow Plaza 14 TI", false},
		{"Marrow Plaza Building 12 TI", "Marrow Plaza TI", false},
	} {
		s := assignJobs([]string{c.procore}, append(cloneNames(qb), "Steiner Partners:"+c.job))["pa"]
		if got := s.ID == "qd" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
