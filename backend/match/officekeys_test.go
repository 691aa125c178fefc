package match

import (
	"strings"
	"testing"
)

// A city's office by initials with a D for Department, in a note or not, is found among the
// office's name written out (officekeys.go) and read by pairDepartmentInitials; a firm whose
// words the letters spell (a trade, a supply house) is not the city's office.
func TestOfficeInitialsFound(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"City of Tarrow - ISD", "Tarrow Inspectional Services", true},
		{"Town of Tarrow DPW", "Tarrow Public Works", true},
		{"City of Tarrow - ISD", "Tarrow Industrial Supply", false},
		{"City of Tarrow DPW", "Tarrow Plumbing Works", false},
		{"City of Tarrow - ISD", "Kestrel Inspectional Services", false},
		{"City of Tarrow - ISD", "Tarrow Inspectional Services Tacoma", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "Department") {
			t.Errorf("%q / %q: reason %q does not read the D as Department", c.procore, c.qb, s.Reason)
		}
	}
}

// The keys are the other words' initials with the capitals less their D, with and without the
// body's own word; none without such a word.
func TestOfficeInitialKeys(t *testing.T) {
	for name, want := range map[string]string{
		"City of Boston - ISD": "cbis bis",
		"Quincy DPW":           "qpw",
		"Quincy Dpw":           "",
		"Tarrow ABC":           "",
	} {
		var p prepared
		prepare(&p, Entry{Name: name}, false, false)
		if got := strings.Join(officeInitialKeys(p.toks), " "); got != want {
			t.Errorf("%q: keys %q, want %q", name, got, want)
		}
	}
}
