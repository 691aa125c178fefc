package match

import "testing"

// BCBS reads Blue Cross Blue Shield (written apart or run together) and Bd reads Board; the
// plan of another place, or initials in capitals that only look like the short form, stay apart.
func TestBlueCrossAndBoardShortForms(t *testing.T) {
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"BlueCross BlueShield of Kansas", "BCBS of KS", true},
		{"Blue Cross and Blue Shield of Kansas", "BCBS of Kansas", true},
		{"Kansas Board of Nursing", "Kansas Bd of Nursing", true},
		{"BCBS of KS", "Blue Cross Blue Shield of Kansas City", false},
		{"BD Electric", "Board Electric", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.p, c.qb, s.Confidence, s.Reason, c.sure)
		}
	}
}
