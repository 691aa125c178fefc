package match

import (
	"strings"
	"testing"
)

// A state's short form joined to an agency's initials ("MassDOT") is the state and the agency,
// at a regional office too; another state, another agency, or two offices on the list stay
// apart.
func TestStateJoinedToAgency(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Massachusetts Department of Transportation", []string{"MassDOT District 6"}, true},
		{"Pennsylvania Department of Transportation", []string{"PennDOT"}, true},
		{"Minnesota Department of Transportation", []string{"MnDOT District 4"}, true},
		{"Michigan Department of Transportation", []string{"MassDOT District 6"}, false},
		{"Massachusetts Department of Revenue", []string{"MassDOT District 6"}, false},
		{"Massachusetts Department of Transportation", []string{"MassDOT District 6", "MassDOT District 3"}, false},
	} {
		s := assignVendors([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %s (%s), want likely %v", c.procore, c.qb, s.ID, s.Confidence, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "DOT = Department of Transportation") {
			t.Errorf("%q / %q: reason %q does not read the agency", c.procore, c.qb, s.Reason)
		}
	}
}

// Only a state's short form, or its code before DOT, joined to capitals is split.
func TestStateAgencyParts(t *testing.T) {
	for raw, want := range map[string]string{
		"MassDOT": "Mass DOT", "PennDOT": "Penn DOT", "MnDOT": "Mn DOT", "WisDOT": "Wis DOT",
		"InSITE": "", "OrCAD": "", "McDONALD": "", "MnTEC": "", "Massdot": "", "MASSDOT": "", "Mass": "",
	} {
		head, tail, ok := stateAgencyParts(raw)
		got := ""
		if ok {
			got = head + " " + tail
		}
		if got != want {
			t.Errorf("%q: %q, want %q", raw, got, want)
		}
	}
}
