package match

import "testing"

// A public body's office by initials that start with its place's letter ("City of Quarryville -
// QPU") is the office written out after the place ("Quarryville Public Utilities"); a firm whose
// words the letters happen to spell, or another office, is not linked in one click.
func TestOfficeInitialsWithThePlace(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Quarryville Public Utilities", "City of Quarryville - QPU", true},
		{"City of Quarryville - QPU", "Quarryville Public Utilities", true},
		{"Kestrel Municipal Electric", "City of Kestrel - KME", true},
		{"City of Kestrel KDCI", "Kestrel Dept of Constr & Inspections", true},
		// A state of two words, written by its code: "State of NM", read New Mexico.
		{"New Mexico Department of Revenue", "State of NM - NMDOR", true},
		{"New Mexico Division of Taxation", "State of New Mexico - Div of Taxation", true},
		// Near misses: a firm of the place, another office.
		{"Quarryville Paving Unlimited", "City of Quarryville - QPU", false},
		{"Quarryville Public Utilities", "City of Quarryville - QPW", false},
		{"Kestrel Municipal Electric", "City of Kestrel - KWD", false},
		{"New Mexico Paving Unlimited", "State of NM - NMPU", false},
		{"New Mexico Department of Revenue", "State of NM - NMDOL", false},
		{"New Mexico Division of Taxation", "State of New Hampshire - Div of Taxation", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s %.3f (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Score, s.Reason, c.likely)
		}
	}
}
