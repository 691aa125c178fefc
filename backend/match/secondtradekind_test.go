package match

import "testing"

// A second trade after "&" on one name is the same firm's other work only when the other name
// adds no work of its own: "Pacific Crane Service" and "Pacific Crane & Rigging" each say what
// they do, and may be two firms.
func TestSecondTradeAgainstKindOfWork(t *testing.T) {
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"Crabtree Tile", "Crabtree Tile & Marble LLC", true},
		{"Quennell Crane Service", "Quennell Crane & Rigging", false},
		{"Quennell Tile Contractors", "Quennell Tile & Marble", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q: %q %s (%s), want one click %v", c.p, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
