package match

import "testing"

// A school district's designation before the school's job ("USD 412", "ISD 718", "R-IV", "D64")
// names the district the bookkeeper keeps the job under by its name; not another district's
// number, not a customer that is no school district, not another job of the district, and not
// with too few of the job's own words.
func TestDistrictDesignation(t *testing.T) {
	others := []string{"Northgate Schools:Gym Floor", "Harlan Builders:Media Center"}
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"USD 412 Kessler HS Media Center", []string{"Kessler Public Schools", "Kessler Public Schools:Kessler HS Media Ctr"}, true},
		{"ISD 718 Alder Elementary Site Work", []string{"Kessler ISD 718", "Kessler ISD 718:Alder Elementary Site Work"}, true},
		{"Ravenwood R-IV Quarry Glen ES", []string{"Ravenwood SD", "Ravenwood SD:Quarry Glen Elementary"}, true},
		{"D64 Alder Elementary Boiler Room", []string{"Kessler School District 64", "Kessler School District 64:Alder Elementary Boiler Room"}, true},
		// another district's number
		{"ISD 719 Alder Elementary Site Work", []string{"Kessler ISD 718", "Kessler ISD 718:Alder Elementary Site Work"}, false},
		// the customer is no school district
		{"USD 412 Kessler HS Media Center", []string{"Kessler Builders", "Kessler Builders:Kessler HS Media Ctr"}, false},
		// another job of the district
		{"USD 412 Kessler HS Roof", []string{"Kessler Public Schools", "Kessler Public Schools:Kessler HS Media Ctr"}, false},
		// one word of the job's own: any roof of the district's
		{"USD 412 Roof", []string{"Kessler Public Schools", "Kessler Public Schools:Roof"}, false},
	} {
		s := assignJobs([]string{c.procore}, append(cloneNames(c.qb), others...))["pa"]
		if got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q among %q: %q %s (%s), want one click %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
