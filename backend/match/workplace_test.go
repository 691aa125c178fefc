package match

import (
	"strings"
	"testing"
)

// A site contractor's project named after the owner's job with its part of the work last, that
// part said in two words ("Wet Utilities", "Site Improvements"), is that job; another word before
// the work, the other utilities on the job's side, or a word the job lacks that is not of the
// work is not a one-click link.
func TestWorkPlaceBeforeWorkLast(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Marrow Lake Estates Wet Utilities", []string{"Kestrel Homes", "Kestrel Homes:Marrow Lake Estates"}, true},
		{"Marrow Lake Estates Dry Utilities", []string{"Kestrel Homes", "Kestrel Homes:Marrow Lake Estates"}, true},
		{"Tarrow Commons Site Improvements", []string{"Tarrow Land Company", "Tarrow Land Company:Tarrow Commons"}, true},
		{"Tarrow Library Annex Improvements", []string{"City of Tarrow", "City of Tarrow:Library Annex"}, true},
		// near misses
		{"Marrow Lake Estates Wet Utilities", []string{"Kestrel Homes", "Kestrel Homes:Marrow Lake Estates Dry Utilities"}, false},
		{"Marrow Lake Estates North Utilities", []string{"Kestrel Homes", "Kestrel Homes:Marrow Lake Estates"}, false},
		{"Marrow Lake Estates Wet Utilities Clubhouse", []string{"Kestrel Homes", "Kestrel Homes:Marrow Lake Estates"}, false},
		{"Marrow Lake Wet Utilities", []string{"Kestrel Homes", "Kestrel Homes:Marrow Lake Estates"}, false},
		{"Tarrow Commons Site Improvements", []string{"Tarrow Land Company", "Tarrow Land Company:Tarrow Commons Phase 2"}, false},
		{"Tarrow Commons Site Improvements", []string{"Tarrow Land Company", "Tarrow Land Company:Tarrow Commons Building Improvements"}, false},
		{"Tarrow Commons Site Improvements East", []string{"Tarrow Land Company", "Tarrow Land Company:Tarrow Commons"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[1], s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && strings.Contains(c.procore, "Utilities") && !strings.Contains(s.Reason, "names the part of the work") {
			t.Errorf("%q: reason %q does not name the word of the work", c.procore, s.Reason)
		}
	}
}
