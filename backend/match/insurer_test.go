package match

import "testing"

// An insurer under its legal name and under the brand and line a bookkeeper keeps: "Mutual" and
// a second line joined by "and" are set aside; another of the group's firms (Life), another
// line not joined to the paired one, or a bare name with Mutual only stay out of one click.
func TestInsurerLegalName(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Kestrel Mutual Insurance Company", "Kestrel Insurance", true},
		{"Kestrel Casualty and Surety Company of America", "Kestrel Surety", true},
		{"Kestrel Mutual Insurance Company", "Kestrel Life Insurance", false},
		{"Kestrel Property Casualty", "Kestrel Casualty and Surety", false},
		{"Kestrel Mutual", "Kestrel Insurance", false},
		{"Kestrel Mutual Roofing", "Kestrel Roofing", false}, // no insurer
		{"Kestrel American Insurance Company", "Kestrel Insurance", true},
		{"Kestrel Insurance Exchange", "Kestrel Insurance", true},
		{"Kestrel American Roofing", "Kestrel Roofing", false},
		{"Kestrel Exchange", "Kestrel Insurance", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
