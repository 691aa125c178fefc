package match

import "testing"

// A carrier's wireless arm is billed as "Mobility" as often as "Wireless" ("AT&T Mobility"): the
// word says what kind of line, not which firm, like Wireless. Another firm of a like name, or a
// name with another kind of firm, stays out of one click.
func TestTelecomMobility(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Northline Mobility", "Northline", true},
		{"Northline", "Northline Mobility", true},
		// Near misses: another firm, another kind of firm of the name.
		{"Northline Mobility", "Northgate", false},
		{"Northline Mobility", "Northline Construction", false},
		{"Northline Mobility", "Northline Medical", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
}
