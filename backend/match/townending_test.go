package match

import "testing"

// A branch's town of two words after a dash, or after the firm's country ("Kestrel - Franklin
// Park", "Kestrel USA Little Ferry"), ends as a town's name does: the firm at that town. Two
// words that end as no town does stay a question when they add words to a firm's name, and
// another firm of the name is not linked.
func TestBranchTownOfTwoWords(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Quenby Distribution, Inc.", "Quenby - Franklin Park", true},
		{"Quenby Distribution, Inc.", "Quenby (Commerce City)", true},
		// After the firm's country, without a dash: its US entity at a town.
		{"Quenby USA, Ltd.", "Quenby USA Little Ferry", true},
		// Near misses: a firm of the name with a trade, words that are no town.
		{"Quenby Aircraft Hardware Corp", "Quenby - Franklin Park", false},
		{"Quenby Distribution, Inc.", "Quenby - Franklin Paving", false},
		{"Quenby Supply", "Quenby Supply Little Ferry Paving", false},
		{"Quenby USA, Ltd.", "Quenby USA Stone Masons", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
	if !townOfTwo([]string{"little", "ferry"}) || townOfTwo([]string{"maria", "rojas"}) || townOfTwo([]string{"park", "city"}) {
		t.Error("townOfTwo")
	}
}
