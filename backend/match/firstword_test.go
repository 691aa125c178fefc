package match

import "testing"

// A supplier's one word of its own finds its branch however long the branch's part of the name:
// "WEXCO Distribution" is "Wexco #7350 Cambridge". Another trade or line of business after a
// shared first word stays apart: "Quennell Mechanical Corp" is no branch of Quennell Rentals.
func TestFirstWordFindsBranch(t *testing.T) {
	qb := []Entry{
		{ID: "w", Name: "Wexco #7350 Cambridge"},
		{ID: "r", Name: "Quennell Rentals Br 107 Dorchester"},
		{ID: "o", Name: "Northgate Lumber", City: "Cambridge"},
		{ID: "o2", Name: "Benton Rebar", City: "Dorchester"},
	}
	for _, c := range []struct {
		procore, want string
		sure          bool
	}{
		{"WEXCO Distribution", "w", true},
		{"Quennell Mechanical Corp", "", false},
	} {
		s := Assign([]Entry{{ID: "p", Name: c.procore}}, NewFlatIndex(qb))["p"]
		sure := s.Confidence == Likely || s.Confidence == Exact
		if sure != c.sure || c.sure && s.ID != c.want {
			t.Errorf("%q: %q %s (%s), want one click %v", c.procore, s.Name, s.Confidence, s.Reason, c.sure)
		}
	}
}
