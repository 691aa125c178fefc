package match

import (
	"strings"
	"testing"
)

// familyCase is a made-up pair: a Procore name, the QuickBooks list it is matched against (the
// first record the one it should find, or none) and the confidence wanted.
type familyCase struct {
	procore string
	qb      []string
	want    Confidence // "" for nothing at Likely or better on qb[0]
	reason  string     // part of the reason, when want is not ""
}

func checkFamilies(t *testing.T, flat bool, cases []familyCase) {
	t.Helper()
	for _, c := range cases {
		var qb []Entry
		for i, n := range c.qb {
			qb = append(qb, Entry{ID: string(rune('a' + i)), Name: n})
		}
		ix := NewIndex(qb)
		if flat {
			ix = NewFlatIndex(qb)
		}
		s := Assign([]Entry{{ID: "p", Name: c.procore}}, ix)["p"]
		sure := s.Confidence == Exact || s.Confidence == Likely
		switch {
		case c.want == "" && sure && s.ID == "a":
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb[0], s.Confidence, s.Reason)
		case c.want != "" && (s.ID != "a" || s.Confidence != c.want):
			t.Errorf("%q / %q: got %q %s (%s), want %s", c.procore, c.qb[0], s.Name, s.Confidence, s.Reason, c.want)
		case c.want != "" && !strings.Contains(s.Reason, c.reason):
			t.Errorf("%q / %q: reason %q, want it to say %q", c.procore, c.qb[0], s.Reason, c.reason)
		}
	}
}

// Initials are written joined, spaced, with "&" or with "and": J&R, J & R, J and R and JR are
// one firm's initials. Other initials are another firm.
func TestInitialsJoined(t *testing.T) {
	checkFamilies(t, true, []familyCase{
		{"JR Plumbing", []string{"J&R Plumbing"}, Likely, `"&" between initials`},
		{"J&R Plumbing", []string{"JR Plumbing"}, Likely, `"&" between initials`},
		{"J & R Plumbing, Inc.", []string{"JR Plumbing"}, Likely, ""},
		{"A and B Electric", []string{"AB Electric"}, Likely, ""},
		{"AB Electric", []string{"A & B Electric"}, Likely, ""},
		{"A&B Electric", []string{"A and B Electric"}, Likely, ""},
		{"T & M Paving", []string{"T&M Paving LLC"}, Likely, ""},
		{"JR Plumbing", []string{"J&B Plumbing"}, "", ""},
		{"A&B Electric", []string{"A&D Electric"}, "", ""},
		{"R & R Roofing", []string{"R Roofing"}, "", ""},
	})
}

// Initials before a surname may be left out by one list, but two different initials are two
// people's firms; a middle initial may be left out too.
func TestPersonInitials(t *testing.T) {
	checkFamilies(t, true, []familyCase{
		{"J. Ramirez Construction", []string{"Ramirez Construction"}, Likely, `"J."`},
		{"J. Ramirez Construction", []string{"R. Ramirez Construction"}, "", ""},
		{"A.B. Grainger", []string{"W.W. Grainger"}, "", ""},
		{"John D. Smith", []string{"John Smith"}, Likely, `"D."`},
		{"Smith, John D.", []string{"John Smith"}, Likely, ""},
		{"John D. Smith", []string{"John R. Smith"}, "", ""},
		{"Kestrel Tower Unit B.", []string{"Kestrel Tower Unit"}, "", ""},
	})
}

// A firm's own words in another order make another firm's name (River Rock Paving, Rock River
// Paving); a person's names in another order are the same person, and a trade or a kind of
// firm may move.
func TestFirmWordOrder(t *testing.T) {
	checkFamilies(t, true, []familyCase{
		{"Rock River Paving", []string{"River Rock Paving"}, "", ""},
		{"Lake Park Builders", []string{"Park Lake Builders"}, "", ""},
		{"Rock River Paving Contracting", []string{"River Rock Paving"}, "", ""},
		{"Smith John", []string{"John Smith"}, Likely, "different order"},
		{"Smith, John", []string{"John Smith"}, Likely, ""},
		{"Paving Rock River", []string{"Rock River Paving"}, Likely, ""},
		{"Smith, John Trucking", []string{"John Smith Trucking"}, Likely, ""},
	})
}
