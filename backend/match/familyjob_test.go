package match

import (
	"strings"
	"testing"
)

// A homeowner's only job meets the project named by the family and a word of the work, each side
// describing the work in words of its own; a family with two jobs, a project sharing no word of
// the work, or another family's job does not, at one click.
func TestFamilyOnlyJob(t *testing.T) {
	others := []string{"Marrow Holdings", "Marrow Holdings:Dock Repairs"}
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Okafor Detached Garage", []string{"Okafor, Ngozi", "Okafor, Ngozi:Garage"}, true},
		{"Lindgren Media Room", []string{"Lindgren, Per", "Lindgren, Per:Media Room Low Voltage"}, true},
		{"Sheridan Gas Conversion", []string{"Sheridan, Pat", "Sheridan, Pat:Oil to Gas Conversion"}, true},
		// Two jobs: the words must say which.
		{"Okafor Detached Garage", []string{"Okafor, Ngozi", "Okafor, Ngozi:Garage", "Okafor, Ngozi:Kitchen"}, false},
		// Only a word of the kind of work in common.
		{"Okafor Remodel", []string{"Okafor, Ngozi", "Okafor, Ngozi:Kitchen Remodel"}, false},
		{"Okafor Bathroom Remodel", []string{"Okafor, Ngozi", "Okafor, Ngozi:Kitchen Remodel"}, false},
		// Another family; another phase.
		{"Okoro Detached Garage", []string{"Okafor, Ngozi", "Okafor, Ngozi:Garage"}, false},
		{"Okafor Garage Phase 2", []string{"Okafor, Ngozi", "Okafor, Ngozi:Garage"}, false},
	} {
		s := assignJobs([]string{c.procore}, append(c.qb, others...))["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[1], s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "only job of the customer") {
			t.Errorf("%q: reason %q does not say it is the customer's only job", c.procore, s.Reason)
		}
	}
}
