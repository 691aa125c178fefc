package match

import (
	"strings"
	"testing"
)

// A letter typed two places off inside a long word is a typo.
func TestMovedLetterTypo(t *testing.T) {
	for _, c := range [][2]string{
		{"Lindgren Masonry", "Lingrden Masonry"},
		{"Quarles Overhead Door", "Qualers Overhead Door"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "typo") {
			t.Errorf("%q / %q: %q %s (%s), want Likely reading a typo", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// Another letter, a moved first or last letter, or a short word is another name.
func TestMovedLetterTypoNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Lindgren Masonry", "Lindberg Masonry"},
		{"Lindgren Masonry", "Lindgnre Masonry"},
		{"Boren Masonry", "Bnore Masonry"},
		{"Lindgren Masonry", "Ildngren Masonry"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
