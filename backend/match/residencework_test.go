package match

import "testing"

// A family's only job named by the house and the trade meets the project named by the family's
// residence; a size glued to its unit is no job's mark. A job naming other work, a project naming
// other work, and two families of the surname stay questions.
func TestResidenceJobByHouseAndTrade(t *testing.T) {
	others := []string{"Northgate Schools:Gym Floor", "Tarrow Housing Authority"}
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Quillan Residence - Anderson Twp", []string{"Quillan, Marcus", "Quillan, Marcus:New Residence Plumbing"}, true},
		{"Desai Residence New Construction", []string{"Desai, Vikram & Anjali", "Desai, Vikram & Anjali:New Home Plumbing & HVAC"}, true},
		{"Trinh Residence Solar", []string{"Trinh, Bao", "Trinh, Bao:Rooftop Solar 7.2kW"}, true},
		// Near-misses: other work on either side, or two families of the surname.
		{"Desai Residence Basement Finish", []string{"Desai, Vikram & Anjali", "Desai, Vikram & Anjali:New Home Plumbing & HVAC"}, false},
		{"Desai Residence New Construction", []string{"Desai, Ravi", "Desai, Ravi:Home Office Remodel"}, false},
		{"Quillan Residence - Anderson Twp", []string{"Quillan, Marcus", "Quillan, Marcus:New Residence Plumbing", "Quillan, Ellen", "Quillan, Ellen:New Home HVAC"}, false},
		{"Trinh Residence Solar Phase 2", []string{"Trinh, Bao", "Trinh, Bao:Rooftop Solar 7.2kW"}, false},
		{"Trinh Residence Solar 10kW", []string{"Trinh, Bao", "Trinh, Bao:Rooftop Solar 7.2kW"}, false},
	} {
		s := assignJobs([]string{c.procore}, append(c.qb, others...))["pa"]
		got := s.ID == "qb" && (s.Confidence == Likely || s.Confidence == Exact)
		if got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}

func TestSizeOfWork(t *testing.T) {
	for raw, want := range map[string]bool{"8.4kW": true, "200A": true, "50gal": true, "3.5Ton": true, "22": false, "B2": false, "14th": false, "kW": false} {
		if got := sizeOfWork(raw); got != want {
			t.Errorf("sizeOfWork(%q) = %v, want %v", raw, got, want)
		}
	}
}
