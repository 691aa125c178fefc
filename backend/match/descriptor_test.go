package match

import "testing"

// A steel firm with or without "Fabricators", and a landscape company that is a landscaping
// contractor, are one firm; a fabricator is not an erector, and a landscape supply is not a
// landscaping contractor.
func TestFabricatorsAndLandscaping(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Lumbee River Steel", "Lumbee River Steel Fabricators Inc", true},
		{"Lumbee River Metal Fabrication", "Lumbee River Metal", true},
		{"Yadkin Valley Landscape Co.", "Yadkin Valley Landscaping", true},
		{"Lumbee River Steel Erectors", "Lumbee River Steel Fabricators Inc", false},
		{"Lumbee River Steel Erectors", "Lumbee River Steel Supply", false},
		{"Yadkin Valley Landscape Supply", "Yadkin Valley Landscaping", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
