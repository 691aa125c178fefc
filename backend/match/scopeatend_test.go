package match

import (
	"strings"
	"testing"
)

// A subcontractor's project named after the owner's job with its own part of the work last is
// that job; another last word, a word of the work on both sides or another phase is not.
func TestWorkWordLast(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Kestrel Homes - Marrow Ridge Ph 2 Flatwork", []string{"Kestrel Homes Arizona", "Kestrel Homes Arizona:Marrow Ridge Phase 2"}, true},
		{"Kestrel Homes Marrow Ridge Sidewalks", []string{"Kestrel Homes Phoenix", "Kestrel Homes Phoenix:Marrow Ridge"}, true},
		{"Tarrow Library Annex Plumbing", []string{"City of Tarrow", "City of Tarrow:Library Annex"}, true},
		{"TSU Marrow Hall Fiber Backbone", []string{"Tarrow State University", "Tarrow State University:Marrow Hall Fiber"}, true},
		{"TSU Marrow Hall Fiber Backbone", []string{"Tarrow State University", "Tarrow State University:Marrow Hall Copper"}, false},
		// The bookkeeper's job ends with the word of the work.
		{"Epic Homes Harrison Podium", []string{"Epic Homes LLC", "Epic Homes LLC:Harrison Podium Slab"}, true},
		{"Epic Homes Harrison Podium", []string{"Epic Homes LLC", "Epic Homes LLC:Harrison Podium Stair"}, false},
		{"Epic Homes Harrison Podium", []string{"Epic Homes LLC", "Epic Homes LLC:Harrison Slab Podium"}, false},
		{"Kestrel Homes Marrow Ridge Clubhouse", []string{"Kestrel Homes Phoenix", "Kestrel Homes Phoenix:Marrow Ridge"}, false},
		{"Kestrel Homes Marrow Ridge Block Walls", []string{"Kestrel Homes Phoenix", "Kestrel Homes Phoenix:Marrow Ridge Perimeter Walls"}, false},
		{"Kestrel Homes - Marrow Ridge Ph 3 Flatwork", []string{"Kestrel Homes Arizona", "Kestrel Homes Arizona:Marrow Ridge Phase 2"}, false},
		{"Tarrow Library Plumbing Annex", []string{"City of Tarrow", "City of Tarrow:Library Annex"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[1], s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "names the part of the work") {
			t.Errorf("%q: reason %q does not name the word of the work", c.procore, s.Reason)
		}
	}
}
