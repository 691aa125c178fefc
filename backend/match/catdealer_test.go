package match

import (
	"strings"
	"testing"
)

// A Caterpillar dealer's trade name with CAT against its legal name; the near misses: another
// trade, CAT not in capitals before a trade, words after CAT that are no place, another dealer's
// own words.
func TestCatDealer(t *testing.T) {
	for _, c := range [][2]string{
		{"Quillon CAT", "Quillon Southwest, LLC"},
		{"Quillon Machinery Co.", "Quillon CAT - Tacoma"},
		{"Quillon Tractor Company", "Quillon CAT"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.HasPrefix(s.Reason, "Same dealer") {
			t.Errorf("%q / %q: %q %s (%s), want Likely as one dealer", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Quillon CAT", "Quillon Roofing"},
		{"Quillon Cat Grooming", "Quillon Southwest, LLC"},
		{"Quillon CAT Grooming", "Quillon Southwest, LLC"},
		{"Quillon CAT", "Quillon Valley Machinery"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
