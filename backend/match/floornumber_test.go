package match

import "testing"

// A floor by its ordinal is the same floor by its number, with Level or Floor or alone; another
// number, or a number another label gives, is not.
func TestFloorByOrdinalOrNumber(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Marrow MOB 3rd Floor TI", "Kestrel Health:Marrow MOB Level 3 TI", true},
		{"Tarrow Pavilion 4th Floor Nurse Station", "Kestrel Health:Tarrow Pavilion 4 Nurse Station", true},
		{"Tarrow Tower 4th Floor Nurse Station", "Kestrel Health:Tarrow Tower 4 Nurse Station", false}, // Tower 4
		{"Tarrow Tower Fourth Floor Nurse Station", "Kestrel Health:Tarrow Tower Floor 4 Nurse Station", true},
		{"Marrow MOB 3rd Floor TI", "Kestrel Health:Marrow MOB Level 4 TI", false},
		{"Tarrow Tower 5th Floor Nurse Station", "Kestrel Health:Tarrow Tower Building 5 Nurse Station", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"Kestrel Health", c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
