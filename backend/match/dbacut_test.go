package match

import (
	"strings"
	"testing"
)

// A trade name after a d/b/a cut short because the whole would not fit QuickBooks' 41 characters,
// or whose legal name is its initials; the near misses: a name that would have fitted, a kept
// part that is a whole firm's name with its trade, one word kept, a legal name of other initials.
func TestDBATradeNameCutShort(t *testing.T) {
	// Other vendors share the trade names' words, so that no word of them is the list's own.
	others := []string{"Quarry Hill Portable Storage", "Brookfield Lift Rentals", "Harmon Traffic Signals"}
	for _, c := range []struct{ procore, qb, reason string }{
		{"Quarry Hill Portable Toilets", "Brennan Sanitation Inc dba Quarry Hill Portable", "41 characters"},
		{"Brookfield Lift & Access", "Tamsin Equipment Co LLC dba Brookfield Lift", "41 characters"},
		{"Harmon Traffic Control", "HTC Inc dba Harmon Traffic", "initials"},
		{"Quarry Hill Portable Toilets", "Brennan Sanitation LLC (Quarry Hill Portable)", "41 characters"},
	} {
		s := assignVendors([]string{c.procore}, append([]string{c.qb}, others...))["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
	for _, c := range [][2]string{
		{"Brookfield Lift Bending", "Rios Ent dba Brookfield Lift"},             // would have fitted
		{"Harmon Electric Supply", "Kaczmarek Electric Co dba Harmon Electric"}, // a firm's whole name kept
		{"Quarry-Hill Landscaping", "Salazar Enterprises LLC dba Quarry-Hill"},  // one word kept
		{"Harmon Traffic Control", "HTD Inc dba Harmon Traffic"},                // fits, and HTD is not its initials
		{"Quarry Hill Portable Toilets", "Brennan Co (Quarry Hill Portable)"},   // in brackets, and fits
	} {
		s := assignVendors([]string{c[0]}, append([]string{c[1]}, others...))["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
