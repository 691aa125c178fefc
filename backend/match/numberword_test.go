package match

import "testing"

// A number written as a word is a word of a job's name ("Nine Mile Station"), so three of the
// job's words agree and one word more is set aside; written in digits it is a number, which
// tells jobs apart, and two words of the job's are not enough.
func TestNumberWordIsJobWord(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"RTD Nine Mile Station Platform Repairs", []string{"RTD", "RTD:Nine Mile Station Repairs", "RTD:Union Station Canopy"}, true},
		{"RTD 9 Mile Station Platform Repairs", []string{"RTD", "RTD:9 Mile Station Repairs", "RTD:Union Station Canopy"}, false},
		{"RTD Mile Station Platform Repairs", []string{"RTD", "RTD:Mile Station Repairs", "RTD:Union Station Canopy"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q: %s %q (%s), want likely %v", c.procore, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
