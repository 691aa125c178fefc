package match

import (
	"strings"
	"testing"
)

// A door and hardware supplier's "Dr & Hdwe" and a city's short form in a firm's name (Phx,
// Indy) read as the words the other list writes out.
func TestDoorAndCityShortForms(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Saguaro Door & Hardware", "Saguaro Dr & Hdwe", "Dr = Door"},
		{"Phoenix Tarp & Canvas", "Phx Tarp & Canvas", "Phx = Phoenix"},
		{"Indianapolis Rebar Supply", "Indy Rebar Supply", "Indy = Indianapolis"},
		{"Saguaro Drive Storage", "Saguaro Dr Storage", "Dr = Drive"}, // Drive still
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// The short forms stand for their own words only.
func TestDoorAndCityShortFormsNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Saguaro Drain & Hardware", "Saguaro Dr & Hdwe"},
		{"Pharr Tarp & Canvas", "Phx Tarp & Canvas"},
		{"Independence Rebar Supply", "Indy Rebar Supply"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
