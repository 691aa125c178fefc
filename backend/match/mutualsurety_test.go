package match

import (
	"strings"
	"testing"
)

// A mutual insurer's surety and the insurer: "Liberty Mutual Surety" is the bond department of
// "Liberty Mutual Insurance Co".
func TestMutualInsurerSurety(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Harrowgate Mutual Surety", "Harrowgate Mutual Insurance Co", `"Surety" and "Insurance"`},
		{"Harrowgate Mutual Insurance Company", "Harrowgate Mutual Surety", `"Insurance"`},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// Without "Mutual" after the brand, another of the group's firms, or another brand, it stays a
// question: "Harrowgate Surety" and "Harrowgate Insurance" may be two firms.
func TestMutualInsurerSuretyNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Harrowgate Surety", "Harrowgate Insurance Co"},
		{"Harrowgate Mutual Surety", "Harrowgate Mutual Life Insurance Co"},
		{"Harrowgate Mutual Surety", "Kestrel Mutual Insurance Co"},
		{"Mutual Surety", "Mutual Insurance Co"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
