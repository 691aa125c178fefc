package match

import (
	"strings"
	"testing"
)

// A firm's initials written before its name on one list are the firm's own; initials that
// spell another name are not.
func TestOwnInitialsBeforeName(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Kestrel Waste Haulers", "KWH - Kestrel Waste Haulers"},
		{"Kestrel Waste Haulers Inc", "KWH - Kestrel Waste Haulers"},
		{"KWH Kestrel Waste Haulers", "Kestrel Waste Haulers Inc"},
		{"Kestrel Waste Haulers of Ohio", "KWH - Kestrel Waste Haulers"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, `"KWH"`) {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c.procore, c.qb, s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range []struct{ procore, qb string }{
		{"Kestrel Waste Haulers", "KWX - Kestrel Waste Haulers"}, // not its initials
		{"Kestrel Waste Haulers", "ABC - Kestrel Waste Haulers"}, // another firm's
		{"Kestrel Waste Haulers", "KWH - Kestrel Paving"},        // its initials, another firm
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
