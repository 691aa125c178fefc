package match

import (
	"strings"
	"testing"
)

// A word of the work in -ing and its stem name the same work ("Lights", "Lighting"), and so does
// the work done again ("Reroof", "Roof"); another word in -ing is not its stem ("Parking",
// "Parks"). Walks are sidewalks.
func TestWorkWordForms(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Tarrow Park Pole Lights", "City of Tarrow:Tarrow Park Pole Lighting", true},
		{"Marrow Plant Steam Piping", "City of Tarrow:Marrow Plant Steam Pipe", true},
		{"Riverside Parks Lighting", "City of Tarrow:Riverside Parking Lighting", false},
		// The work done again; a path's short name.
		{"Marrow Plant Bldg 8 Reroof", "City of Tarrow:Marrow Plant Bldg 8 Roof", true},
		{"Marrow Plant Bldg 8 Repaint", "City of Tarrow:Marrow Plant Bldg 8 Roof", false},
		{"Tarrow Park Sidewalk Repairs", "City of Tarrow:Tarrow Park Walks", true},
		{"Tarrow Park Sidewalk Repairs", "City of Tarrow:Tarrow Park Walls", false},
		{"Tarrow Park Pole Lights", "City of Tarrow:Tarrow Park Pole Lifting", false},
		// A word of the kind of work and its -ing.
		{"Marrow Library Basement Finish", "City of Tarrow:Marrow Library Basement Finishing", true},
		{"Marrow Library Basement Finish", "City of Tarrow:Marrow Library Basement Furnishing", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"City of Tarrow", c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, " = ") {
			t.Errorf("%q: reason %q does not pair the two words", c.procore, s.Reason)
		}
	}
}
