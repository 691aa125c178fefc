package match

import (
	"strings"
	"testing"
)

// A word clipped from the starts of two neighbouring words is those words; a word whose first
// part is a whole word, parts too long, or words apart stay apart.
func TestClippedWords(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Lumbee County Asphalt Maintenance", "Lumco Asphalt Maint", true},
		{"Southern Tarrow Drywall Systems", "SoTa Drywall Systems", true},
		{"Kestrel Medco Supply", "Kestrel Medical Company Supply", true},
		{"Redwood Cabinets", "Red Woodworking Cabinets", false},  // Red is whole
		{"Lumbeeco Paving", "Lumbeeton County Paving", false},    // a part of six letters
		{"Lumco Asphalt", "Lumbee Asphalt County", false},        // the words stand apart
		{"Lumco Asphalt", "Lumbee Lumber County Asphalt", false}, // a word more
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "abbreviations (") {
			t.Errorf("%q / %q: reason %q does not read the clipped word", c.procore, c.qb, s.Reason)
		}
	}
}
