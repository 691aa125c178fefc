package match

import (
	"strings"
	"testing"
)

// A known word of the trades with a letter lost or added, or a vowel or a letter of the same
// sound for another, is a typo of it; a letter of another sound, a first letter, another known
// word, or a word too short stay apart.
func TestTypoOfKnownWord(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Lumbee Paving", "Lumbee Pavin", true},
		{"Lumbee Trucking LLC", "Lumbee Truking", true},
		{"Lumbee Fence Co", "Lumbee Fense", true},
		{"Lumbee Lumber", "Lumbee Lumbar", true},
		{"Lumbee Painting", "Lumbee Printing", false}, // another trade's word
		{"Lumbee Steel", "Lumbee Stell", false},       // a letter of another sound
		{"Lumbee Paving", "Lumbee Raving", false},     // the first letter
		{"Lumbee Tile", "Lumbee Tole", false},         // too short
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "typo") {
			t.Errorf("%q / %q: reason %q does not name the typo", c.procore, c.qb, s.Reason)
		}
	}
}
