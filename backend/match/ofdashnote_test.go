package match

import (
	"strings"
	"testing"
)

// The words after "of" in a body's name stay its name when a note follows after a dash
// ("Quarry State Department of Transportation - District 7"): its initials are found and read, and the
// reason writes the name without the note; another district's record is not linked in one click.
func TestOfPhraseBeforeADashNote(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Kestrel Department of Transportation - District 7", "KDOT District 7", true},
		{"KDOT Central District", "Kestrel Dept of Transportation - Central Dist", true},
		// Near misses: another district, other initials.
		{"Kestrel Department of Transportation - District 7", "KDOT District 5", false},
		{"Kestrel Department of Transportation - District 7", "KDOH District 7", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact)
		if got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
		if got && !strings.Contains(s.Reason, "= Kestrel Department of Transportation)") && !strings.Contains(s.Reason, "= Kestrel Dept of Transportation)") {
			t.Errorf("%q / %q: reason %q", c.procore, c.qb, s.Reason)
		}
	}
	if !ofTailOf("Kestrel Department of Transportation - District 7", "Transportation") || ofTailOf("Kestrel Department of Transportation - District 7", "District 7") {
		t.Error("ofTailOf: the words after of, before the dash, are the of-tail; the note is not")
	}
}
