package match

import "testing"

// A project that names the school by its district's town and its level ("Tarrow HS …") meets
// the job the bookkeeper keeps under the district; another level, a firm's customer, or too few
// of the job's words do not.
func TestSchoolOfDistrict(t *testing.T) {
	others := []string{"Northgate Schools:Gym Floor"}
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Tarrow HS Quarry Campus Roof - 23091", []string{"Tarrow City Schools", "Tarrow City Schools:23091 Quarry Campus Roof"}, true},
		{"Tarrow High School Quarry Campus Roof", []string{"Tarrow School District", "Tarrow School District:Quarry Campus Roof"}, true},
		{"Tarrow HS Quarry Campus Roof", []string{"Tarrow City Schools", "Tarrow City Schools:Tarrow MS Quarry Campus Roof"}, false},
		{"Tarrow HS Quarry Campus Roof", []string{"Tarrow Homes", "Tarrow Homes:Quarry Campus Roof"}, false},
		{"Tarrow HS Roof", []string{"Tarrow City Schools", "Tarrow City Schools:Roof"}, false},
	} {
		s := assignJobs([]string{c.procore}, append(cloneNames(c.qb), others...))["pa"]
		if got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q among %q: %q %s (%s), want one click %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
