package match

import (
	"strings"
	"testing"
)

// A project names its owner by initials that take all the letters of a word of the owner's name
// written as initials (KCHA, "KC Housing Authority"), or a university by its state's letter and
// U (KU, "University of Kansas") or its U and place ("UKansas", cut to four letters or more:
// "UKans"), or an authority kept without the word by its initials with the A ("LHRA", "Lowell
// Housing & Redevelopment"), or initials that are also a state's code ("KY" for Kestrel Yards
// Authority); other letters are another owner.
func TestOwnerInitialsReadings(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"KCHA Maple Court Roof Drains", "KC Housing Authority:Maple Court Roof Drains", true},
		{"KU Allen Fieldhouse Roof", "University of Kansas:Allen Fieldhouse Roof", true},
		{"KCHX Maple Court Roof Drains", "KC Housing Authority:Maple Court Roof Drains", false},
		{"OU Allen Fieldhouse Roof", "University of Kansas:Allen Fieldhouse Roof", false},
		{"LHRA Elm Court Boilers", "Lowell Housing & Redevelopment:Elm Court Boilers", true},
		{"LHRC Elm Court Boilers", "Lowell Housing & Redevelopment:Elm Court Boilers", false},
		{"LPSA Elm Court Boilers", "Lowell Public Schools:Elm Court Boilers", false},
		{"KY - Elm Court Boilers", "Kestrel Yards Authority:Elm Court Boilers", true},
		{"KY - Elm Court Boilers", "Marrow Yards Authority:Elm Court Boilers", false},
		{"UKansas - Allen Fieldhouse Roof", "University of Kansas:Allen Fieldhouse Roof", true},
		{"UKans Allen Fieldhouse Roof", "University of Kansas:Allen Fieldhouse Roof", true},
		{"UKan Allen Fieldhouse Roof", "University of Kansas:Allen Fieldhouse Roof", false},
		{"UMass Allen Fieldhouse Roof", "University of Kansas:Allen Fieldhouse Roof", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
