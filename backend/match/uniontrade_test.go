package match

import "testing"

// A union local written with its trade after the number ("UA Local 77 Pipe Trades") is the
// local; the local's benefit funds, another local, or a name with a fund's word stay apart.
func TestUnionTradeAfterLocalNumber(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"UA Local 77 Pipe Trades", "UA Local 77", true},
		{"IBEW Local 77", "IBEW Local 77 Electricians", true},
		// Near misses: the local's funds, another local, no union's initials.
		{"UA Local 77 Pipe Trades", "UA Local 77 Benefit Funds", false},
		{"UA Local 77", "UA Local 77 Pipe Trades Pension", false},
		{"UA Local 77 Pipe Trades", "UA Local 71", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
}
