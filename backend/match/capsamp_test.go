package match

import "testing"

// Capitals joined by an unspaced "&" at the start of a name ("AT&T", "PSE&G") are one word of
// initials; single letters ("P&H") keep their reading of words joined by "&", and so do an
// office's initials after a place ("Worcester DPW&P").
func TestCapitalsJoinedByAmpersand(t *testing.T) {
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"QR&T", "QRT", true},
		{"QVE&G", "Quenby Valley Electric & Gas", true},
		{"Quenby P&H Supply", "Quenby Plumbing & Heating Supply", true},
		{"QR&T", "QRS", false},
		{"QVE&G", "Quenby Valley Electric", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.p, c.qb, s.Confidence, s.Reason, c.sure)
		}
	}
	raws := joinCapitalsAmp([]string{"Worcester", "DPW", "&", "P"}, "Worcester DPW&P")
	if len(raws) != 4 {
		t.Errorf("Worcester DPW&P read as %q, want its words kept", raws)
	}
}
