package match

import "testing"

// "Campus" and "Area" after a name say what kind of place it is; with a number or letter after
// them they label a numbered part of the site, and another name before them is another place.
func TestCampusAndAreaWords(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Tarrow College Eastfield Bldg G", []string{"Tarrow College", "Tarrow College:Eastfield Campus Building G"}, true},
		{"TSU West Campus Sidewalks", []string{"Tarrow State University", "Tarrow State University:West Sidewalks"}, true},
		{"Kestrel County Jail Intake Area Upgrades", []string{"Kestrel County", "Kestrel County:Jail Intake Upgrades"}, true},
		{"Kestrel County Jail Intake Area 2 Upgrades", []string{"Kestrel County", "Kestrel County:Jail Intake Upgrades"}, false},
		{"Tarrow College Westfield Campus Building G", []string{"Tarrow College", "Tarrow College:Eastfield Building G"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[1], s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
