package match

import "testing"

// A branch's town set apart by a dash after the firm's name on one list and before it on the
// other is the same branch; a town that is part of the name, or the firm's own words turned
// round, stay a question.
func TestTownMovedAcrossDash(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		sure        bool
	}{
		{"Kestrel Group - Nashua", "Nashua - Kestrel Group", true},
		{"Kestrel Supply Co - Fort Wayne", "Fort Wayne - Kestrel Supply Co", true},
		{"Lowell Granite Supply", "Granite Supply Lowell", false},
		{"Rock River Supply - Nashua", "Nashua - River Rock Supply", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		sure := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
