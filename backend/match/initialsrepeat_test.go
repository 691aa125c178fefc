package match

import "testing"

// Initials that spell a word the name says twice ("BOCC", Board of County Commissioners, in
// "Quarry County Board of County Commissioners") read it; initials that spell other words, or a
// name that says no word twice, are not linked by it.
func TestInitialsOverARepeatedWord(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Quarry County Board of County Commissioners", "Quarry County BOCC", true},
		{"Quarry County BOCC", "Quarry County Board of County Commissioners", true},
		{"Kestrel Township Board of Township Trustees", "Kestrel Township BOTT", true},
		// Near misses: letters for other words.
		{"Quarry County Board of County Commissioners", "Quarry County BOCA", false},
		{"Quarry County Board of County Commissioners", "Quarry County DCCR", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
}

// The reading is the rule's own: with the repeated word left paired, the initials read nothing.
func TestInitialsOverARepeatedWordPairs(t *testing.T) {
	a := tokenize("Quarry County BOCC", false, false, nil)
	b := tokenize("Quarry County Board of County Commissioners", false, false, nil)
	ap, bp := bestPairs(a, b, &scratch{})
	if got := pairInitials(a, b, ap, bp, nil); got != "" {
		t.Fatalf("pairInitials read %q without the rule", got)
	}
	if got := pairInitialsOverRepeat(a, b, ap, bp); got != "BOCC = Board of County Commissioners" {
		t.Errorf("read %q", got)
	}
}
