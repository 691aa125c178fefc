package match

import "testing"

// The name a man goes by written in quotes is read as one in brackets.
func TestQuotedNickname(t *testing.T) {
	for _, c := range [][2]string{
		{`Thanh "Tom" Tranh`, "Tranh, Tom"},
		{"Tom Tranh", `Tranh, Thanh "Tom"`},
		{"Tom Tranh", "Tranh, Thanh “Tom”"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	if got := quotedNickname(`Kestrel "Best" Plumbing`); got != `Kestrel "Best" Plumbing` {
		t.Errorf("a quoted word of a firm's name became %q", got)
	}
	s := assignVendors([]string{`Thanh "Tom" Tranh`}, []string{"Tranh, Tim"})["pa"]
	if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
		t.Errorf(`Thanh "Tom" Tranh / Tranh, Tim: %s (%s), want no one-click link`, s.Confidence, s.Reason)
	}
}
