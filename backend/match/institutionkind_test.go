package match

import "testing"

// A customer with no jobs named as a lodge, a basilica or a homeowners' association meets a
// project that adds words to its name; a project naming another kind of institution of the same
// name does not, at one click.
func TestInstitutionKinds(t *testing.T) {
	// Another customer with a job makes the list one of customers and jobs.
	others := []string{"Marrow Holdings", "Marrow Holdings:Dock Repairs"}
	for _, c := range []struct {
		procore, customer string
		likely            bool
	}{
		{"Tarrow Elks Lodge Slab", "Tarrow Elks Lodge #2210", true},
		{"Kestrel Ridge HOA Sidewalk Repair", "Kestrel Ridge HOA", true},
		{"St. Agnes Basilica Courtyard", "St Agnes Basilica", true},
		{"St Agnes Church Gym", "St Agnes Church", true},
		// A parish's school is not its church; apartments are not the HOA.
		{"St Agnes School Gym", "St Agnes Church", false},
		{"St Agnes Academy Courtyard", "St Agnes Basilica", false},
		{"Kestrel Ridge Apartments Sidewalk Repair", "Kestrel Ridge HOA", false},
	} {
		s := assignJobs([]string{c.procore}, append([]string{c.customer}, others...))["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.customer, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
