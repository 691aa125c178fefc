package match

import "testing"

// "Rebuild" says what kind of work a job is, as Renovation does, not which job: the station's
// number still says which.
func TestRebuildIsAKindOfWork(t *testing.T) {
	for _, c := range []struct {
		procore string
		likely  bool
	}{
		{"Tarrow Fire Station No. 2 Rebuild", true},
		{"Tarrow Fire Station No. 3 Rebuild", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"City of Tarrow", "City of Tarrow:Fire Station #2"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q: %s %q (%s), want likely %v", c.procore, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
