package match

import "testing"

// A note between stars after a name ("**COI expired**", "*NEW*") is a list's note, as one in
// brackets; stars inside a name or a note without letters are left as they are.
func TestNoteBetweenStars(t *testing.T) {
	for _, c := range []struct {
		name, head, note string
	}{
		{"Skyline Drywall **COI expired**", "Skyline Drywall", "COI expired"},
		{"Quenby Plumbing *NEW*", "Quenby Plumbing", "NEW"},
		{"Quenby *Star* Plumbing", "Quenby *Star* Plumbing", ""},
		{"Quenby Plumbing ***", "Quenby Plumbing ***", ""},
	} {
		head, quals := starNote(c.name, nil)
		note := ""
		if len(quals) > 0 {
			note = quals[0]
		}
		if head != c.head || note != c.note {
			t.Errorf("%q: %q and %q, want %q and %q", c.name, head, note, c.head, c.note)
		}
	}
	for _, c := range []struct {
		p, qb string
		sure  bool
	}{
		{"Quenby Drywall", "Quenby Drywall **COI expired**", true},
		{"Quenby Roofing", "Quenby Drywall **COI expired**", false},
	} {
		qb := []Entry{{ID: "q", Name: c.qb}, {ID: "o", Name: "Northgate Lumber"}}
		s := Assign([]Entry{{ID: "p", Name: c.p}}, NewFlatIndex(qb))["p"]
		sure := s.ID == "q" && (s.Confidence == Likely || s.Confidence == Exact)
		if sure != c.sure {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.p, c.qb, s.Confidence, s.Reason, c.sure)
		}
	}
}
