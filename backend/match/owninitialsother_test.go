package match

import "testing"

// A firm's initials before its name cut to its own words, the last letters its kind the other list
// writes out; the near misses: initials of another kind, of other words.
func TestOwnInitialsWithOthersKind(t *testing.T) {
	for _, c := range [][2]string{
		{"Pettibone Drainage Services, Inc.", "PDS Pettibone Drainage"},
		{"Marrow Testing & Inspection Services", "MTIS - Marrow Testing & Inspection"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Pettibone Drainage Services, Inc.", "PDC Pettibone Drainage"},
		{"Pettibone Dredging Services, Inc.", "PDS Pettibone Drainage"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
