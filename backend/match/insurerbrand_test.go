package match

import (
	"strings"
	"testing"
)

// An insurer's brand with the words of its legal name, its group or its lines on either side; the
// near misses: two lines with none shared, a word of another trade, a brand many insurers' names
// start with, a name that is no insurer's on either side.
func TestInsurerBrand(t *testing.T) {
	for _, c := range [][2]string{
		{"Quillon North America", "Quillon American Insurance Co"},
		{"Quillon Financial Group", "Quillon Life Insurance Co"},
		{"Quillon Casualty and Surety Company of America", "Quillon - Surety Bonds"},
		{"Quillon Casualty and Surety Co.", "Quillon"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, `"Quillon"`) || !strings.HasPrefix(s.Reason, "Same insurer") {
			t.Errorf("%q / %q: %q %s (%s), want Likely as one insurer", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Quillon Indemnity Company", "Quillon Surety"},
		{"Quillon Insurance - Auto Policy", "Quillon Surety"},
		{"Quillon Rest Storage", "Quillon Casualty & Surety Co"},
		{"American Financial Group", "American Insurance Co"},
		{"Quillon Financial Group", "Quillon Engineering Group"},
		{"Quillon Insurance Company", "Quillon Life Insurance Co"},
		{"Quillon Assurance", "Quillon Insurance"},
		{"Quillon Mutual", "Quillon Insurance"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
