package match

import (
	"strings"
	"testing"
)

// A name that gives the firm's former name ("formerly", "f/k/a", "formerly known as") is known by
// either name; a third name and a word "Formerly" that starts a firm's own name are not, and
// with a record of the new name on the list too, the old name's record is not linked in one click.
func TestFormerName(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Kestrel Supply (formerly Marrow Supply)", []string{"Marrow Supply"}, true},
		{"Kestrel Supply f/k/a Marrow Supply", []string{"Marrow Supply"}, true},
		{"Kestrel Supply, formerly known as Marrow Supply", []string{"Marrow Supply"}, true},
		{"Marrow Supply", []string{"Kestrel Supply (formerly Marrow Supply)"}, true},
		{"Kestrel Supply (formerly Marrow Supply)", []string{"Marrow Roofing"}, false},
		{"Formerly Yours Bakery", []string{"Yours Bakery"}, false},
		{"Kestrel Supply (formerly Marrow Supply)", []string{"Marrow Supply", "Kestrel Supply"}, false},
	} {
		s := assignVendors([]string{c.procore}, c.qb)["pa"]
		got := s.ID == "qa" && s.Confidence == Likely
		if got != c.likely || got && !strings.Contains(s.Reason, "former name") {
			t.Errorf("%q / %q: %q %s (%s), want likely %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
