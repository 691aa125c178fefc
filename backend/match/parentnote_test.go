package match

import "testing"

// A note that says which group owns the firm (", a Marrow company", "a division of Marrow
// Inc") is set aside; the firm named first must still agree, and the owner is not the firm.
func TestParentCompanyNote(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Kestrel Roofing, A Marrow Company", "Kestrel Roofing", true},
		{"Kestrel Roofing", "Kestrel Roofing (a Marrow Company)", true},
		{"Kestrel Roofing a division of Marrow Inc", "Kestrel Roofing", true},
		{"Kestrel Roofing - a subsidiary of Marrow Holdings", "Kestrel Roofing Inc", true},
		{"Kestrel Roofing, A Marrow Company", "Marrow Roofing", false}, // the owner is another firm
		{"Kestrel Roofing, a Marrow company", "Kestrel Paving", false},
		{"Kestrel Roofing - a division of Marrow Inc", "Marrow Inc", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
	if firm, _, ok := cutParentNote("A Plus Company"); ok {
		t.Errorf("\"A Plus Company\" cut to %q", firm)
	}
}
