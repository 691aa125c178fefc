package match

import (
	"strings"
	"testing"
)

// A Spanish compound given name against its first part; the near misses: a surname after the
// particle, another first name.
func TestCompoundGivenName(t *testing.T) {
	for _, c := range [][2]string{
		{"Lucia del Carmen Arriaga", "Arriaga, Lucia"},
		{"Jose de Jesus Arriaga Tile", "Arriaga, Jose"},
		{"Lucia Arriaga Cleaning", "Arriaga, Lucia del Carmen"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "middle name") {
			t.Errorf("%q / %q: %q %s (%s), want Likely with the middle name", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Lucia del Rio Arriaga", "Arriaga, Lucia"},
		{"Lucia del Carmen Arriaga", "Arriaga, Lucas"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
