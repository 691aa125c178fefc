package match

import "testing"

// ADA Ramps, Curb Ramps and Ramps are one work on the same road; another road is another job.
func TestRampKinds(t *testing.T) {
	for _, c := range []struct {
		procore string
		likely  bool
	}{
		{"Kestrel Rd Curb Ramps", true},
		{"Kestrel Rd Ramps", true},
		{"Marrow Rd Curb Ramps", false},
		{"Kestrel Rd Curb Repairs", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"Tarrow County DOT", "Tarrow County DOT:Kestrel Rd ADA Ramps"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q: %s %q (%s), want likely %v", c.procore, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
