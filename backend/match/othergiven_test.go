package match

import "testing"

// A project naming the homeowner's first name before the surname is that person's: another first
// name under the customer is another person, whether the customer has jobs or not.
func TestOtherGivenNameBeforeSurname(t *testing.T) {
	others := []string{"Northgate Schools:Gym Floor", "Tarrow Housing Authority"}
	for _, c := range []struct {
		procore string
		qb      []string
		want    string // "" for no one-click link
	}{
		{"Vikram Desai Residence", []string{"Desai, Vikram"}, "Desai, Vikram"},
		{"Vikram Desai Residence", []string{"Desai, Vikram & Anjali"}, "Desai, Vikram & Anjali"},
		{"Desai Residence", []string{"Desai, Ravi"}, "Desai, Ravi"},
		{"Marcus Quillan Kitchen Remodel", []string{"Quillan, Marcus", "Quillan, Marcus:Kitchen"}, "Quillan, Marcus:Kitchen"},
		// Near-misses: another first name.
		{"Vikram Desai Residence", []string{"Desai, Ravi"}, ""},
		{"Marcus Quillan Kitchen Remodel", []string{"Quillan, Ellen", "Quillan, Ellen:Kitchen Remodel"}, ""},
	} {
		s := assignJobs([]string{c.procore}, append(c.qb, others...))["pa"]
		sure := s.Confidence == Likely || s.Confidence == Exact
		if c.want == "" && sure || c.want != "" && (!sure || s.Name != c.want) {
			t.Errorf("%q / %q: %q %s (%s), want one click to %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.want)
		}
	}
}
