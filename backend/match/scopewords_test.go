package match

import (
	"strings"
	"testing"
)

// A word of a project's scope spelt wrong by a letter ("Generater", "Exaust", "Steril") is a
// typo of the known word, as a trade word's is.
func TestScopeWordTypos(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Linden Senior Center Generater", "Town of Linden:Linden Senior Center Generator", `"Generater" / "Generator"`},
		{"Marrow Clinic Steril Processing", "Marrow Clinic:Sterile Processing", `"Steril" / "Sterile"`},
	} {
		s := assignJobs([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// Another word of another sound, or a name beside a scope word, stays apart.
func TestScopeWordTyposNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Linden Senior Center Generation", "Town of Linden:Linden Senior Center Generator"},
		{"Marrow Clinic Boiler", "Marrow Clinic:Bowler Lounge"},
		{"Linden Chiller Replacement", "Town of Linden:Linden Chiles Replacement"},
	} {
		s := assignJobs([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
