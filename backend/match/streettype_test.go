package match

import (
	"strings"
	"testing"
)

// A street's type on one side only is the same street; another type on the other side, or a
// word of another kind, stay apart.
func TestStreetTypeOneSide(t *testing.T) {
	for _, c := range []struct {
		procore string
		likely  bool
	}{
		{"Tarrow Kipling St Waterline Replacement", true},
		{"Kipling Street Waterline Replacement", true},
		{"Tarrow Kipling Ave Waterline Replacement", true},
		{"Tarrow Kipling Park Waterline Replacement", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"City of Tarrow", "City of Tarrow:Waterline Replacement Kipling", "City of Tarrow:Elm Sewer Lining"})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q: %s %q (%s), want likely %v", c.procore, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "apart from \"S") && !strings.Contains(s.Reason, "apart from \"A") {
			t.Errorf("%q: reason %q does not name the street's type", c.procore, s.Reason)
		}
	}
	s := assignJobs([]string{"Tarrow 5th Ave Repaving"}, []string{"City of Tarrow", "City of Tarrow:5th St Repaving"})["pa"]
	if s.Confidence == Likely {
		t.Errorf("5th Ave / 5th St: %+v, want apart", s)
	}
}
