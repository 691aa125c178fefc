package match

import (
	"strings"
	"testing"
)

// A paperwork note may carry the year the form is for: "[NEW W9 2026]" says nothing about which
// firm it is.
func TestPaperworkNoteWithYear(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Wexford Concrete", "Wexford Concrete [NEW W9 2026]", "NEW W9 2026"},
		{"Wexford Concrete", "Wexford Concrete (COI 2025)", "COI 2025"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
	for _, n := range []string{"W9 2026 Main St", "W9 Lot 2026", "New 2026"} {
		if _, ok := paperworkToken(n); ok {
			t.Errorf("%q read as a paperwork note, want not", n)
		}
	}
}

// Another firm with the same note stays apart.
func TestPaperworkNoteWithYearNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Wexford Masonry", "Wexford Concrete [NEW W9 2026]"},
		{"Wexbridge Concrete", "Wexford Concrete [W9 2026]"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
