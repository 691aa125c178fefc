package match

import "testing"

// A state's agency with the state written on one side only is the same agency; another state's,
// or the state before a firm's name, stays apart.
func TestStateBeforeAgency(t *testing.T) {
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"Oregon State Department of Forestry", "Dept of Forestry", true},
		{"Department of Forestry", "OR Dept of Forestry", true},
		{"New Mexico Department of Forestry", "Department of Forestry", true},
		{"Oregon Department of Forestry", "Idaho Department of Forestry", false},
		{"Oregon Quenby Department of Forestry", "Department of Forestry", false},
		{"Oregon Quenby Forestry", "Quenby Forestry", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.p, c.qb, s.Confidence, s.Reason, c.sure)
		}
	}
}
