package match

import "testing"

// A state agency written out against its initials with one of its regional offices: the agency at
// that office. Another agency of the state, another office, or two offices on the list stay
// out of one click.
func TestAgencyRegionalOffice(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Tarrow Department of Transportation", []string{"TDOT Region 1"}, true},
		{"Tarrow Department of Transportation", []string{"TDOT District 6"}, true},
		{"Tarrow Department of Revenue", []string{"TDOT Region 1"}, false},
		{"Tarrow Department of Transportation Region 2", []string{"TDOT Region 1"}, false},
		{"Tarrow Department of Transportation", []string{"TDOT Region 1", "TDOT Region 2"}, false},
		{"Tarrow Department of Transportation", []string{"TDOT Lot 12"}, false}, // not an office
	} {
		s := assignVendors([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want likely %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
