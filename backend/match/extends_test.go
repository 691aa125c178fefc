package match

import (
	"strings"
	"testing"
)

// Two Procore places of one firm that both find the firm's record best: neither is linked in
// one click, though one is named in so many words (Likely alone) and the other by a city the
// lists do not know (a resemblance).
func TestAssignExtendsRivals(t *testing.T) {
	for _, c := range []struct {
		procore []string
		sure    string // the Procore name linked in one click, "" for none
	}{
		{[]string{"Kestrel Supply Tacoma WA"}, "Kestrel Supply Tacoma WA"},
		{[]string{"Kestrel Supply Tacoma WA", "Kestrel Supply Olympia"}, ""},
		{[]string{"Kestrel Supply Olympia", "Kestrel Supply Tacoma WA"}, ""},
		{[]string{"Kestrel Supply - Tacoma", "Kestrel Supply - Olympia"}, ""},
		// Another firm that only resembles the record is no rival.
		{[]string{"Kestrel Supply Tacoma WA", "Kestrell Roofing"}, "Kestrel Supply Tacoma WA"},
	} {
		got := assignVendors(c.procore, []string{"Kestrel Supply Inc"})
		sure := ""
		for i, n := range c.procore {
			s := got["p"+string(rune('a'+i))]
			if s.Confidence == Exact || s.Confidence == Likely {
				sure = n
			}
			if s.Name == "Kestrel Supply Inc" && n != c.sure && s.Confidence == Possible && c.sure == "" &&
				!strings.Contains(s.Reason, "ambiguous: Procore also has") {
				t.Errorf("%q: %q possible without saying why: %s", c.procore, n, s.Reason)
			}
		}
		if sure != c.sure {
			t.Errorf("%q: linked in one click %q, want %q (%+v)", c.procore, sure, c.sure, got)
		}
	}
}

// A longer name holding the other's every word is not its rival: "#412 Tacoma" is store 412 at
// more length.
func TestExtendsRivals(t *testing.T) {
	for _, c := range []struct {
		name, other string
		want        bool
	}{
		{"Kestrel Supply #412", "Kestrel Supply #412 Tacoma", false},
		{"Kestrel Supply - Tacoma", "Kestrel Supply Tacoma Branch", false},
		{"Kestrel Supply #412 Tacoma", "Kestrel Supply #412", true},
		{"Kestrel Supply - Tacoma", "Kestrel Supply - Olympia", true},
	} {
		if got := ExtendsRivals(c.name, c.other); got != c.want {
			t.Errorf("ExtendsRivals(%q, %q) = %v", c.name, c.other, got)
		}
	}
}
