package match

import (
	"strings"
	"testing"
)

// One vowel for another in a name with a second word of its own written alike is a typo.
func TestVowelSlipWithOwnWord(t *testing.T) {
	for _, c := range [][2]string{
		{"Kessler Ridge Welding", "Kesslar Ridge Welding"},
		{"Talbot Farrow Excavating", "Talbet Farrow Excavating"},
		{"Kessler Peak Welding", "Kessler Peek Welding"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "typo") {
			t.Errorf("%q / %q: %q %s (%s), want Likely reading a typo", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// A surname alone with a trade, a short word, a first letter, or two vowels stay apart.
func TestVowelSlipWithOwnWordNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Andersen Welding", "Anderson Welding"},
		{"Pine Hill Paving", "Pine Hall Paving"},
		{"Peak Welding", "Peek Welding"},
		{"Kessler Ridge Welding", "Kossler Rodge Welding"},
		{"Ostler Ridge Welding", "Astler Ridge Welding"},
		{"Talbot Creek Excavating", "Talbet Brook Excavating"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
