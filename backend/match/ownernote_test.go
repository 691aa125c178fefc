package match

import (
	"strings"
	"testing"
)

// A note after a dash naming the owner, by its name or initials, and one of its places is the
// owner's job; a note whose word only happens to be one of the customer's, or with more words of
// its own, is not at one click.
func TestOwnerAndPlaceInANote(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Bldg 3 Hangar Doors - TAFB Randolph", "Tarrow Air Force Base:Building 3 Hangar Doors", true},
		{"Pharmacy Exhaust - KRH Tarrow", "Kestrel Regional Health:Pharmacy Exhaust", true},
		{"Bldg 3 Hangar Doors - Fort Hood", "USACE Fort Worth District:Building 3 Hangar Doors", false},
		{"Pharmacy Exhaust - KRH Tarrow Annex", "Kestrel Regional Health:Pharmacy Exhaust", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
