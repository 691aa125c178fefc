package match

import "testing"

// A subdivision's owners' association written by its letters (HOA) meets its name written out,
// "Homeowners Association", "Home Owners Assn" or its legal "Community Association", whose own
// initials are still read; another body of the
// subdivision (its golf club) and another subdivision's association are not linked.
func TestHomeownersAssociationLetters(t *testing.T) {
	others := []string{"Northgate Schools:Gym Floor", "Tarrow Housing Authority"}
	for _, c := range []struct {
		procore string
		qb      []string
		want    string // "" for no one-click link
	}{
		{"Quillan Greens HOA Pool Bldg", []string{"Quillan Greens Home Owners Association", "Quillan Greens Home Owners Association:Pool Building"}, "Quillan Greens Home Owners Association:Pool Building"},
		{"Corbel Oaks HOA Gatehouse", []string{"Corbel Oaks Homeowners Assn"}, "Corbel Oaks Homeowners Assn"},
		{"Corbel Oaks HOA Gatehouse", []string{"Corbel Oaks HOA"}, "Corbel Oaks HOA"},
		{"Corbel Oaks POA Entry Gate", []string{"Corbel Oaks Property Owners Association"}, "Corbel Oaks Property Owners Association"},
		{"Quillan Greens HOA Pool Bldg", []string{"Quillan Greens Community Assn", "Quillan Greens Community Assn:Pool Building"}, "Quillan Greens Community Assn:Pool Building"},
		{"QGCA Pool Bldg", []string{"Quillan Greens Community Assn", "Quillan Greens Community Assn:Pool Building"}, "Quillan Greens Community Assn:Pool Building"},
		// Near-misses.
		{"Quillan Woods HOA Pool Bldg", []string{"Quillan Greens Community Assn", "Quillan Greens Community Assn:Pool Building"}, ""},
		{"Quillan Greens HOA Pool Bldg", []string{"Quillan Greens Community Church", "Quillan Greens Community Church:Pool Building"}, ""},
		{"Quillan Greens HOA Pool Bldg", []string{"Quillan Greens Golf Club", "Quillan Greens Golf Club:Pool Building"}, ""},
		{"Corbel Oaks HOA Gatehouse", []string{"Corbel Ridge Homeowners Assn"}, ""},
	} {
		s := assignJobs([]string{c.procore}, append(c.qb, others...))["pa"]
		sure := s.Confidence == Likely || s.Confidence == Exact
		if c.want == "" && sure || c.want != "" && (!sure || s.Name != c.want) {
			t.Errorf("%q / %q: %q %s (%s), want one click to %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
}
