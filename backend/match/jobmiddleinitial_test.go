package match

import (
	"strings"
	"testing"
)

// A person's middle initial in the name of a development is set aside; a letter after a name
// that is no first name, or before a label of a part of a site, is a designator.
func TestJobMiddleInitial(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"KHA Dorothy Pruitt Apartments Boiler Replacement", "Kestrel Housing Authority:Dorothy J Pruitt Apartments Boiler Replacement", true},
		{"KHA Dorothy J Pruitt Apartments Roof", "Kestrel Housing Authority:Dorothy Pruitt Apartments Roof", true},
		{"KHA Marrow Pruitt Apartments Roof", "Kestrel Housing Authority:Marrow B Pruitt Apartments Roof", false},
		{"KHA Dorothy Wing Roof", "Kestrel Housing Authority:Dorothy B Wing Roof", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
