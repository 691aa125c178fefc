package match

import (
	"strings"
	"testing"
)

// A tag in square brackets is read as one in round brackets: a list's note the other list
// leaves out ("[NON-UNION]", "[1099]"), not part of the firm's name. What the brackets hold
// still counts: a designator is another record, and the firm's own words must agree.
func TestSquareBracketTag(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Maple Ridge Electric [NON-UNION]", "Maple Ridge Electric", `"NON" and "UNION"`},
		{"Maple Ridge Electric [1099]", "Maple Ridge Electric", `"1099"`},
		{"Maple Ridge Electric", "Maple Ridge Electric LLC [Sub]", `"Sub"`},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
	for _, c := range []struct{ procore, qb string }{
		{"Maple Ridge Electric [NON-UNION]", "Maple Ridge Plumbing"}, // another firm
		{"Maple Ridge Electric [Bldg B]", "Maple Ridge Electric"},    // a designator
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
