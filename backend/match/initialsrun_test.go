package match

import (
	"strings"
	"testing"
)

// Initials in capitals, or letters written against a number, stand for the run of words the
// other name writes out; other letters, or another number, do not.
func TestInitialsForARunOfWords(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Tarrow Fire Station 13 Roof Repairs", "City of Tarrow:FS13 Roof Repairs", true},
		{"Marrow Medical ED Expansion", "Marrow Medical Center:Emergency Department Expansion", true},
		{"Kestrel Park Chamber Offices 2nd Floor", "KP Chamber of Commerce:2nd Floor Offices", true},
		{"Tarrow Fire Station 13 Roof Repairs", "City of Tarrow:FS14 Roof Repairs", false},
		{"Tarrow Fire Station 13 Roof Repairs", "City of Tarrow:PS13 Roof Repairs", false},
		{"Marrow Medical ER Expansion", "Marrow Medical Center:Emergency Department Expansion", false},
		// Beside another reading of initials: the customer kept by its initials.
		{"Kestrel Valley SD Alder Parking Lot Sealcoat", "KVSD:Alder PL Sealcoat", true},
		{"Kestrel Valley SD Alder Parking Garage Sealcoat", "KVSD:Alder PL Sealcoat", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		s := assignJobs([]string{c.procore}, []string{customer, c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "initials") {
			t.Errorf("%q: reason %q does not read the initials", c.procore, s.Reason)
		}
	}
}
