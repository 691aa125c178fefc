package match

import "testing"

// A base building's core and shell and its tenant improvements are two jobs of one project; a
// scope word on one side only is still set aside as before.
func TestCoreShellAndTenantImprovementsApart(t *testing.T) {
	others := []string{"Northgate Schools:Gym Floor"}
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Quillan Plaza Office Bldg Tenant Improvements", []string{"Harlan Builders", "Harlan Builders:Quillan Plaza Office - Core/Shell"}, false},
		{"Quillan Plaza Office Core & Shell", []string{"Harlan Builders", "Harlan Builders:Quillan Plaza Office - TI Buildout"}, false},
		{"Quillan Plaza Office Tenant Improvements", []string{"Harlan Builders", "Harlan Builders:Quillan Plaza Office TI"}, true},
	} {
		s := assignJobs([]string{c.procore}, append(cloneNames(c.qb), others...))["pa"]
		if got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q among %q: %q %s (%s), want one click %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
