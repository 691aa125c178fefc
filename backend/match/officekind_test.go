package match

import "testing"

// "Office" after a word of the job's own says what kind of building the name is, as "Hall" or
// "Center" do: "Hawthorne Plaza Dental Office" is the job "Hawthorne Plaza Dental". After a point
// of the compass, before a number, or with one word of the job's own it stays a word of the name.
func TestOfficeKindOfBuilding(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Marrow Plaza Dental Office", []string{"Dr. Ada Kestrel DDS", "Dr. Ada Kestrel DDS:Marrow Plaza Dental"}, true},
		{"Tarrow Creek Medical Office", []string{"Kestrel Health", "Kestrel Health:Tarrow Creek Medical"}, true},
		// near misses
		{"Marrow Plaza North Office", []string{"Kestrel Ridge Construction", "Kestrel Ridge Construction:Marrow Plaza North"}, false},
		{"Marrow Plaza Dental Office 2", []string{"Dr. Ada Kestrel DDS", "Dr. Ada Kestrel DDS:Marrow Plaza Dental"}, false},
		{"Marrow Office", []string{"Dr. Ada Kestrel DDS", "Dr. Ada Kestrel DDS:Marrow"}, false},
		{"Marrow Plaza Dental Office", []string{"Dr. Ada Kestrel DDS", "Dr. Ada Kestrel DDS:Marrow Plaza Dental Lab"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[1], s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
