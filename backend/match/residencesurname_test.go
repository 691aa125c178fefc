package match

import "testing"

// The word before "Residence" is the surname of a customer kept surname first, however short;
// a project naming no residence is not looked up by its first word, and two customers of the
// surname leave the bookkeeper to choose.
func TestResidenceNamesTheSurname(t *testing.T) {
	others := []string{"Northgate Schools:Gym Floor", "Tarrow Housing Authority"}
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Lin Residence Heat Pumps", []string{"Lin, Daniel"}, true},
		{"Lin Res Heat Pumps", []string{"Lin, Daniel"}, true},
		{"Lin Dental Office Fit-Out", []string{"Lin, Daniel"}, false},
		{"Lin Residence Heat Pumps", []string{"Lin, Daniel", "Lin, Grace"}, false},
	} {
		s := assignJobs([]string{c.procore}, append(c.qb, others...))["pa"]
		got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact)
		if got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
