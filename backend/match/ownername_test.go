package match

import "testing"

// A project named after its owner's full name meets the job under the customer's short name;
// words after the job's, a customer with a word of its own, another number do not, and the
// customer with the owner's full name comes first.
func TestOwnerFullNameBeforeJob(t *testing.T) {
	others := []string{"Northgate Schools:Gym Floor"}
	for _, c := range []struct {
		procore string
		qb      []string
		want    string // "" for no one-click link
	}{
		{"Kestrel Memorial Institute Lab 4 Exhaust", []string{"Kestrel", "Kestrel:Lab 4 Exhaust"}, "Kestrel:Lab 4 Exhaust"},
		{"Kestrel Memorial Institute Lab 4 Exhaust", []string{"Kestrel", "Kestrel:Lab 4 Exhaust Upgrade"}, "Kestrel:Lab 4 Exhaust Upgrade"},
		{"Kestrel Memorial Institute Lab 4 Exhaust", []string{"Kestrel", "Kestrel:Lab 4 Exhaust",
			"Kestrel Memorial Institute", "Kestrel Memorial Institute:Lab 4 Exhaust"}, "Kestrel Memorial Institute:Lab 4 Exhaust"},
		{"Kestrel Memorial Institute Lab 4 Exhaust", []string{"Kestrel", "Kestrel:Lab 5 Exhaust"}, ""},
		{"Kestrel Lab 4 Exhaust Memorial", []string{"Kestrel", "Kestrel:Lab 4 Exhaust"}, ""},
		{"Kestrel Park School Lab 4 Exhaust", []string{"Kestrel Homes", "Kestrel Homes:Lab 4 Exhaust"}, ""},
		{"Okonkwo Detached Garage", []string{"Okonkwo, Ada", "Okonkwo, Ada:Garage", "Okonkwo, Ada:Kitchen"}, ""}, // a private client's job, not the only one
	} {
		s := assignJobs([]string{c.procore}, append(cloneNames(c.qb), others...))["pa"]
		sure := s.Confidence == Likely || s.Confidence == Exact
		if c.want == "" && sure || c.want != "" && (!sure || s.Name != c.want) {
			t.Errorf("%q among %q: %q %s (%s), want %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
}
