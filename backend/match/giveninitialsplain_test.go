package match

import (
	"strings"
	"testing"
)

// A founder's first names written in full on one list and as initials on the other; the near
// misses: another middle initial, one first name for two letters, initials before another
// surname.
func TestPlainGivenInitials(t *testing.T) {
	for _, c := range [][2]string{
		{"Harold J. Pettibone & Co.", "HJ Pettibone & Co"},
		{"WR Quillon Plumbing", "William R. Quillon Plumbing"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "initials") {
			t.Errorf("%q / %q: %q %s (%s), want Likely reading the initials", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Harold K. Pettibone & Co.", "HJ Pettibone & Co"},
		{"Harold Pettibone & Co.", "HJ Pettibone & Co"},
		{"Harold J. Pettibone & Co.", "HJ Pettigrew & Co"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
