package match

import "testing"

// A number said in groups is its digits: "One Twenty Eight Mechanical" is "128 Mechanical";
// another number stays apart, and so do two numbers written as digits.
func TestSpokenNumberGroups(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		sure        bool
	}{
		{"128 Mechanical", "One Twenty Eight Mechanical", true},
		{"Three Forty Five Paving", "345 Paving LLC", true},
		{"495 Mechanical", "One Twenty Eight Mechanical", false},
		{"1 28 Mechanical", "128 Mechanical", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		sure := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
