package match

import "testing"

// A word cut before an ending that makes words of words ("Indust" for Industrial, "Equip" for
// Equipment) is the word; a name that runs on into a word of its own (Lakeside, Bayview) or a cut
// too short to tell stays another name.
func TestCutBeforeEnding(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Ridgeway Industrial Supply", "Ridgeway Indust Supply", true},
		{"Ridgeway Environmental", "Ridgeway Environ", true},
		// Near misses: a compound of another word, another ending, a cut too short.
		{"Lake Drywall", "Lakeside Drywall", false},
		{"Ridgeway Industrial Supply", "Ridgeway Indiana Supply", false},
		{"Hart Supply", "Hartment Supply", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
	for _, c := range []struct {
		short, long string
		want        bool
	}{{"indust", "industrial", true}, {"equip", "equipment", true}, {"torin", "torinment", true}, {"lake", "lakement", false}, {"stone", "stonework", false}} {
		if got := cutBeforeEnding([]rune(c.short), []rune(c.long)); got != c.want {
			t.Errorf("cutBeforeEnding(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}
