package match

import (
	"strings"
	"testing"
)

// A trade name with the legal name in brackets is the firm kept under the legal name; not when
// the brackets name more, or only one word of it.
func TestLegalNameInBrackets(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Quillfeather Holdings LLC", "QH Drywall (Quillfeather Holdings)", true},
		{"Quillfeather Holdings", "QH Drywall (Quillfeather Holdings of Texas)", false},
		{"Quillfeather", "QH Drywall (Quillfeather)", false},
		{"Quillfeather Drywall", "QH Drywall (Quillfeather Holdings)", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A name after a dash is the record's own name, not an owner in brackets: the reason says so.
func TestDashIsNoBracket(t *testing.T) {
	s := assignVendors([]string{"Quillfeather Roofing"}, []string{"1234 - Quillfeather Roofing"})["pa"]
	if s.ID != "qa" || s.Confidence != Likely || strings.Contains(s.Reason, "brackets") {
		t.Errorf("Quillfeather Roofing / 1234 - Quillfeather Roofing: %s (%s)", s.Confidence, s.Reason)
	}
}
