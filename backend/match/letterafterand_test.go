package match

import (
	"strings"
	"testing"
)

// Capital initials joined by "&" to a letter ("DPW&P") are the office and the word of that
// letter the other list writes after "&"; another word, a word not in capitals before "&", or
// two offices the letter may stand for stay apart.
func TestLetterAfterInitials(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Tarrow DPW&P", "City of Tarrow DPW & Parks", true},
		{"Tarrow DPW & Parks", "Tarrow DPW&P", true},
		{"Tarrow DPW&P", "Tarrow DPW & Sewer", false},
		{"Tarrow Water & P", "Tarrow Water & Power", false},
		{"Tarrow DPW&P", "Tarrow DPW & Parks Foundation", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "DPW&P = DPW & Parks") {
			t.Errorf("%q / %q: reason %q does not read the letter", c.procore, c.qb, s.Reason)
		}
	}
	s := assignVendors([]string{"Tarrow DPW&P"}, []string{"Tarrow DPW & Parks", "Tarrow DPW & Planning"})["pa"]
	if s.Confidence == Likely || s.Confidence == Exact {
		t.Errorf("DPW&P beside Parks and Planning: %s %s (%s), want no one-click link", s.ID, s.Confidence, s.Reason)
	}
}
