package match

import (
	"strings"
	"testing"
)

// Dotted initials before a surname are the person's initials even when the other list writes
// the person's generation "Jr": "J.R. Okonkwo" is "Okonkwo Jr, Jerome R.".
func TestInitialsAreNotJunior(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"J.R. Okonkwo", "Okonkwo Jr, Jerome R."},
		{"J.R. Okonkwo", "Okonkwo Jr., Jerome Randall"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "J.R. = ") {
			t.Errorf("%q / %q: %q %s (%s), want Likely reading the initials", c.procore, c.qb, s.Name, s.Confidence, s.Reason)
		}
	}
}

// Initials that do not spell the given names, or another surname, stay a question.
func TestInitialsAreNotJuniorNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"J.R. Okonkwo", "Okonkwo Jr, Marcus T."},
		{"J.R. Okonkwo", "Adeyemi Jr, Jerome R."},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
