package match

import "testing"

// A customer without jobs that is a condominium, an apartment complex, a district, a shelter or a
// shrine builds under its own name, so a project may add words to it; a firm's name with words more,
// or a project leaving out a word of the name that is not its kind, stay apart.
func TestCustomerOnlyPropertiesAndDistricts(t *testing.T) {
	for _, c := range []struct {
		procore, customer string
		likely            bool
	}{
		{"Tarrow Hill Condo Trust Heating", "Tarrow Hill Condominium Trust", true},
		{"Tarrow View Apartments Parking Lot", "Tarrow View Apartments LLC", true},
		{"Tarrow Water District Meter Vault Replacement", "Tarrow Water District", true},
		{"Saint Tarrow Shrine HVAC", "St Tarrow Shrine", true},
		{"Tarrow Soup Kitchen Hood Exhaust", "Tarrow Soup Kitchen & Shelter", true},
		{"Tarrow View Builders Parking Lot", "Tarrow View Builders LLC", false},
		{"Tarrow Hill Apartments Parking Lot", "Tarrow View Apartments LLC", false},
		{"Tarrow Water Meter Vault Replacement Phase 2", "Tarrow Water District", false},
	} {
		s := assignJobs([]string{c.procore}, []string{c.customer, "Marrow Builders:Office TI", "Marrow Builders"})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.customer, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
