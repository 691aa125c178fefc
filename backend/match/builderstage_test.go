package match

import "testing"

// "Production" at the end of a phase's project is the phase's plain job; the phase's models, or
// another phase, are not.
func TestBuilderProductionStage(t *testing.T) {
	for _, c := range []struct {
		procore string
		jobs    []string
		want    string // "" for no one-click link
	}{
		{"Corbel Quarry Bend Ph. 3 Production", []string{"Quarry Bend Ph 3"}, "Corbel Homes of California:Quarry Bend Ph 3"},
		{"Corbel Quarry Bend Ph. 3 Production", []string{"Quarry Bend Ph 3", "Quarry Bend Ph 3 Models"}, "Corbel Homes of California:Quarry Bend Ph 3"},
		{"Corbel Quarry Bend Ph. 3 Production", []string{"Quarry Bend Ph 3 Models"}, ""},
		{"Corbel Quarry Bend Ph. 3 Models", []string{"Quarry Bend Ph 3 Production"}, ""},
		{"Corbel Quarry Bend Ph. 3 Production", []string{"Quarry Bend Ph 2"}, ""},
	} {
		qb := []string{"Corbel Homes of California", "Northgate Schools:Gym Floor"}
		for _, j := range c.jobs {
			qb = append(qb, "Corbel Homes of California:"+j)
		}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		sure := s.Confidence == Likely || s.Confidence == Exact
		if c.want == "" && sure || c.want != "" && (!sure || s.Name != c.want) {
			t.Errorf("%q / %q: %q %s (%s), want one click to %q", c.procore, c.jobs, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
}
