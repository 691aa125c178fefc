package match

import "testing"

// A code of letters and digits written in parts on one list is the code written whole on the
// other; another code, or a short number in parts, is not. C&G is Curb & Gutter.
func TestCodeWrittenInParts(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Tarrow DOT H8852 01C SR 347 Sidewalks", "H885201C SR347 Sidewalks", true},
		{"Tarrow DOT H885201C SR347 Sidewalks", "H8852-01C SR 347 Sidewalks", true},
		{"Tarrow DOT H8852 01C SR 347 Sidewalks", "H885202C SR347 Sidewalks", false}, // another code
		{"Tarrow DOT H8852 01C SR 347 Sidewalks", "H8852 SR347 Sidewalks", false},    // a part left over
		{"Tarrow DOT Lot 1 2 Sidewalks", "Lot 12 Sidewalks", false},                  // lots 1 and 2
		{"Tarrow DOT Westgate Curb & Gutter", "Westgate C&G", true},
		{"Tarrow DOT Westgate Curb & Gutter", "Westgate C&S", false},
	} {
		qb := []string{"Northgate Builders:Gym Floor", "Tarrow DOT", "Tarrow DOT:" + c.job}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		if got := s.ID == "qc" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
