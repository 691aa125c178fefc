package match

import (
	"strings"
	"testing"
)

// The legal first name with the name the man goes by in brackets, on either list.
func TestNicknameInBrackets(t *testing.T) {
	for _, c := range [][2]string{
		{"Thanh (Tom) Tranh", "Tranh, Tom"},
		{"Tom Tranh", "Tranh, Thanh (Tom)"},
		{"Wojciech (Victor) Malek", "Malek, Victor"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "first name") {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// The near misses: another name in brackets, a place in brackets, a firm's words around a name
// in brackets.
func TestNicknameInBracketsNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Thanh (Tom) Tranh", "Tranh, Tim"},
		{"Tom Tranh", "Tranh, Thanh (Seattle)"},
		{"Kestrel (Tom) Painting", "Tom Painting"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
