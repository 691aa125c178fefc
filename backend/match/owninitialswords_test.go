package match

import "testing"

// A firm's initials written before its name ("QMS Quenby Management & Supply") meet the initials
// alone with a branch ("QMS - Tucker"); initials that do not stand for the words after them, or a
// name without its initials, stay as the other rules read them.
func TestInitialsRestatedAgainstInitials(t *testing.T) {
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"QMS Quenby Management & Supply", "QMS - Tucker", true},
		{"QMS Harlan Drywall", "QMS - Tucker", false},
		{"QMS Quenby Management & Supply", "QMX - Tucker", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber", City: "Tucker"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.p, c.qb, s.Confidence, s.Reason, c.sure)
		}
	}
}
