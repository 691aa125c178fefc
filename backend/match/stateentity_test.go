package match

import "testing"

// A firm's state entity ("… of Ohio") is the firm the other list keeps by its trade or by one of
// its branches; a state written elsewhere in the name, a supplier's name beside a firm of the
// trade, or two entities each named for its place, stay a question.
func TestStateEntityIsTheFirm(t *testing.T) {
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"Quennell & Hart of Ohio", "Quennell & Hart Insurance", true},
		{"Quennell & Hart of Arizona, Inc.", "Quennell & Hart Insurance - Tucson", true},
		{"Quennell Services of Florida, LP", "Quennell Services #0696 Orlando", true},
		{"Quennell & Hart Ohio Roofing", "Quennell & Hart Insurance", false},
		{"Quennell Insulation of Washington", "Quennell Insulation Supply", false},
		{"Quennell Insulation of New England", "Quennell NE Insulation of Maine", false}, // two entities
		{"Quennell Services of Florida", "Quennell Services of Georgia", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber", City: "Kent"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q: %q %s (%s), want one click %v", c.p, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
