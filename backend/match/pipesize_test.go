package match

import (
	"strings"
	"testing"
)

// A pipe's size in inches on one side only is set aside; a size on each side, or a number that
// is no size, tells two jobs apart.
func TestPipeSizeOneSide(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Tarrow Water Elm St 8in Main Replacement", "Tarrow Water:Elm St Main Replacement", true},
		{"Tarrow Water Elm St Main Replacement", "Tarrow Water:Elm St 8in Main Replacement", true},
		{"Tarrow Water Elm St 12in Main Replacement", "Tarrow Water:Elm St 8in Main Replacement", false},
		{"Tarrow Water Elm St 8 Main Replacement", "Tarrow Water:Elm St Main Replacement", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
