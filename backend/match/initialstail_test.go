package match

import "testing"

// Initials before a dash with the name they stand for after it ("QM - Quenby Management") are the
// firm of that name; initials the words after the dash do not spell, or a word of another firm
// before the dash, stay apart.
func TestInitialsBeforeTheirName(t *testing.T) {
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"Quenby Management", "QM - Quenby Management", true},
		{"Quenby Management of Ohio", "QM - Quenby Management", true},
		{"Quenby Management", "QM - Quenby Management NW", true},
		{"Quenby Management", "QX - Quenby Management", false},
		{"Quenby Management", "QM - Quenby Management Tools", false},
		{"Quenby Management", "QM Roofing - Quenby Management", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber", City: "Columbus"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.p, c.qb, s.Confidence, s.Reason, c.sure)
		}
	}
}
