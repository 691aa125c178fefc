package match

import (
	"strings"
	"testing"
)

// "Concrete Cutting by Ortiz" is Ortiz Concrete Cutting: the owner after "by", the work before
// it. A trade after "by", another trade, or words more stay apart.
func TestWorkByOwner(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Concrete Cutting by Lumbee", "Lumbee Concrete Cutting", true},
		{"Lumbee Concrete Cutting", "Concrete Cutting by Lumbee LLC", true},
		{"Custom Cabinets by Ana Lumbee", "Ana Lumbee Custom Cabinets", true},
		{"Stand By Electric", "Electric Stand", false},                           // the trade follows "by"
		{"Concrete Cutting by Lumbee", "Lumbee Concrete Pumping", false},         // another work
		{"Concrete Cutting by Lumbee", "Lumbee Kestrel Concrete Cutting", false}, // a word more
		{"Designs by Lumbee", "Lumbee Designs", false},                           // no trade: left as it was
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "order") {
			t.Errorf("%q / %q: reason %q does not say the order differs", c.procore, c.qb, s.Reason)
		}
	}
}
