package match

import (
	"strings"
	"testing"
)

// A second trade after "&" naming the same work as the first (Excavation & Site Work, Drilling &
// Boring, Glass & Glazing) is set aside; so is a trade of its own (Heating, Sheet Metal) or the
// second trade alone while the firm's words are on no other record (secondtradeown.go; with a
// sister record they stay a question, TestSecondTradeOfItsOwn).
func TestSecondTradeOfSameWork(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Lumbee Valley Excavation", "Lumbee Valley Excavation & Site Work", true},
		{"Lumbee Drilling", "Lumbee Drilling & Boring Co", true},
		{"Lumbee Glass & Glazing LLC", "Lumbee Glass", true},
		{"Lumbee Crane", "Lumbee Crane & Rigging", true},
		{"Lumbee Plumbing", "Lumbee Plumbing & Heating", true},
		{"Lumbee Roofing", "Lumbee Roofing & Sheet Metal", true},
		{"Lumbee Hauling", "Lumbee Hauling & Excavating", true},
		{"Lumbee Glazing", "Lumbee Glass & Glazing", true},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "second trade") {
			t.Errorf("%q / %q: reason %q does not name the second trade", c.procore, c.qb, s.Reason)
		}
	}
	// A trade written as two words is the one word.
	ts := tokenize("Lumbee Site Work", false, false, nil)
	if len(ts) != 2 || ts[1].key != "sitework" || ts[1].raw != "Site Work" {
		t.Errorf("Lumbee Site Work read as %+v", ts)
	}
}
