package match

import (
	"strings"
	"testing"
)

// A word of the trade the table reads as another form ("Landscape" as landscaping) is compared
// as written too, so a typo of it is a typo; a short form the table reads out (Sply) is not
// compared as written, and another word is not a typo.
func TestTypoOfWordReadOut(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Meadowlark Landscape Co", "Meadowlark Landscpae Co", true},
		{"Meadowlark Landscape", "Meadowlark Lanscape LLC", true},
		{"Meadowlark Landscape Co", "Meadowlark Landmark Co", false},
		{"Meadowlark Landscape Co", "Meadowbank Landscpae Co", false}, // two typos
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "typo") {
			t.Errorf("%q / %q: reason %q does not name the typo", c.procore, c.qb, s.Reason)
		}
	}
	// A short form the table reads out keeps no written form: "Sply" is compared as Supply.
	if ts := tokenize("Kestrel Sply", false, false, nil); ts[1].written != nil {
		t.Errorf("Sply kept its written form %q", string(ts[1].written))
	}
	if ts := tokenize("Kestrel Landscape", false, false, nil); string(ts[1].written) != "landscape" {
		t.Errorf("Landscape read as %q without its written form", ts[1].key)
	}
}
