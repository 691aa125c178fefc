package match

import (
	"strings"
	"testing"
)

// The legal name in brackets after the trade name on the Procore side, the legal name alone in
// QuickBooks.
func TestOwnerInBracketsOnProcore(t *testing.T) {
	s := assignVendors([]string{"Polaris Cranes (Ostrander Rigging Inc)"}, []string{"Ostrander Rigging Inc"})["pa"]
	if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "brackets") {
		t.Errorf("Polaris Cranes (Ostrander Rigging Inc): %q %s (%s), want Likely", s.Name, s.Confidence, s.Reason)
	}
}

// The near misses: the bracket names more than the other name, or a person whose firm is named
// for him.
func TestOwnerInBracketsOnProcoreNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Polaris Cranes (Ostrander Rigging of Texas)", "Ostrander Rigging Inc"},
		{"Polaris Cranes (Ostrander Rigging Inc)", "Ostrander Crane Service"},
		{"Honeycutt Welding (Tommy Honeycutt)", "Tommy Honeycutt Trucking"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
