package match

import "testing"

// "Subdivision" after a tract's name says what kind of place the name is, not which: "Marrow
// Ridge Subdivision Paving" is the developer Marrow Ridge's job "Paving". With a number after it
// the word labels one of several tracts, and another tract's name is another job.
func TestSubdivisionWordSaysKind(t *testing.T) {
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Marrow Ridge Subdivision Paving", []string{"Marrow Ridge Development", "Marrow Ridge Development:Paving"}, true},
		{"Marrow Ridge Subdivision Paving", []string{"Kestrel Homes", "Kestrel Homes:Marrow Ridge Paving"}, true},
		// near misses
		{"Marrow Ridge Subdivision 2 Paving", []string{"Marrow Ridge Development", "Marrow Ridge Development:Paving"}, false},
		{"Marrow Ridge Subdivision Paving", []string{"Kestrel Ridge Development", "Kestrel Ridge Development:Paving"}, false},
		{"Marrow Ridge Subdivision Paving", []string{"Marrow Ridge Development", "Marrow Ridge Development:Grading"}, false},
	} {
		s := assignJobs([]string{c.procore}, c.qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.qb[1], s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
