package match

import "testing"

// LED and Ltg name lighting work when the other name says Lighting; against another work they
// stay apart.
func TestLightingShortForms(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Kestrel Garage LED Retrofit", "City of Tarrow:Kestrel Garage Lighting", true},
		{"Kestrel Natatorium Lighting", "City of Tarrow:Kestrel Natatorium LED", true},
		{"Kestrel Auditorium Ltg", "City of Tarrow:Kestrel Auditorium Lighting", true},
		{"Kestrel Garage LED Retrofit", "City of Tarrow:Kestrel Garage Paving", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"City of Tarrow", c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
