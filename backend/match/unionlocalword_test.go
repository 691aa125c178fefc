package match

import (
	"strings"
	"testing"
)

// A union local written with and without "Local", when the trade and the number agree; "H&W" is
// Health & Welfare whether the fund is called Trust or Fund.
func TestUnionLocalWithoutLocal(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Bricklayers Local 518 Health & Welfare", "Bricklayers 518 H&W Trust", `"Local"`},
		{"Plasterers Local 77", "Plasterers 77", `"Local"`},
		{"Roofers Local 61 Health & Welfare Fund", "Roofers Local 61 H&W Trust", "H&W"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// Another number, another trade, or "Local" with no trade before it stays apart.
func TestUnionLocalWithoutLocalNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Plasterers Local 77", "Plasterers 78"},
		{"Plasterers Local 77", "Roofers 77"},
		{"Local 77 Plasterers", "77 Plasterers Supply"},
		{"Plasterers Local 77 Health & Welfare", "Plasterers 77 Pension Trust"},
		{"Harbor Local 77 Market", "Harbor 77 Market"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
