package match

import "testing"

// A surveyor's Survey and a clinic's Veterinary are known words of the work: a letter lost from
// one ("Suvey", "Vetrinary") is a typo of it. Another word of a name ("Hiram Surrey Group",
// where a place stands) is left to the rules for names.
func TestTypoOfSurveyWord(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Pellham Survey Group", "Pellham Suvey Group", true},
		{"Pellham Survey Group", "Pellham Surey Group", true},
		{"Pellham Survey Group", "Pellham Surrey Group", false}, // a place's name, not a letter lost
		{"Pellham Survey Group", "Dellham Suvey Group", false},  // two words apart: another firm
		{"Lawrence Veterinary Clinic", "Lawrence Vetrinary Clinic", true},
		{"Lawrence Veterinary Clinic", "Lawrence Vetrinary Hospital", false}, // another word besides
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
