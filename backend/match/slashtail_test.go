package match

import (
	"strings"
	"testing"
)

// A branch after a colon or a spaced slash is read as one after a dash; a slash inside a word pair
// ("Heating/Cooling", "A/C") or a date is not a branch, and another firm's name stays apart.
func TestSlashOrColonBranch(t *testing.T) {
	for _, qb := range []string{"Kestrel Supply: Columbus", "Kestrel Supply / Columbus"} {
		s := assignVendors([]string{"Kestrel Supply"}, []string{qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, `"Columbus"`) {
			t.Errorf("%q: %s (%s), want Likely at the Columbus branch", qb, s.Confidence, s.Reason)
		}
	}
	if s := assignVendors([]string{"Kestrel Supply"}, []string{"Kestrel Paving: Columbus"})["pa"]; s.ID == "qa" && s.Confidence == Likely {
		t.Errorf("another firm: %s (%s)", s.Confidence, s.Reason)
	}
	for _, c := range []struct{ name, main string }{
		{"Kestrel Heating/Cooling", "Kestrel Heating/Cooling"},
		{"Kestrel A/C", "Kestrel A/C"},
		{"Kestrel Supply / Columbus", "Kestrel Supply"},
		{"Kestrel Supply: Columbus", "Kestrel Supply"},
		{"Kestrel COI 6/24", "Kestrel COI 6/24"},
	} {
		if got, _ := slashTail(c.name, nil); got != c.main {
			t.Errorf("slashTail(%q) = %q, want %q", c.name, got, c.main)
		}
	}
}
