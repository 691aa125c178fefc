package match

import "testing"

// Typos a bookkeeper shrugs off: a doubled letter of a short word written once, a K for the C of
// a word of the trade, a vowel for another inside a long name. Not: a vowel in a surname's last
// syllable (Andersen, Anderson), a K for a C in a name, a short word cut otherwise.
func TestMoreTypos(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want likeness
	}{
		{"hill", "hil", slip},
		{"mill", "mil", slip},
		{"kabinets", "cabinets", slip},
		{"klean", "clean", unlike}, // too short to tell
		{"mccullough", "mccollough", slip},
		{"kowalski", "kowolski", slip},
		{"andersen", "anderson", unlike},
		{"christensen", "christenson", unlike},
		{"hart", "har", unlike},      // not a doubled letter
		{"karter", "carter", unlike}, // not a word of the trade
	} {
		a, b := tokenize(c.a, false, false, nil), tokenize(c.b, false, false, nil)
		if got := wordLike(&a[0], &b[0]); got != c.want {
			t.Errorf("wordLike(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Pine Hill Tire", "Pine Hil Tire", true},
		{"Wendell Kabinets", "Wendell Cabinets", true},
		{"McGillicuddy Mechanical", "McGillacuddy Mechanical", true},
		{"Andersen Mechanical", "Anderson Mechanical", false},
		{"Pine Hill Tire", "Pine Hall Tire", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
