package match

import "testing"

// A compound of the work written joined on one list and hyphenated on the other is one word;
// a word that only starts like the first part is not.
func TestJoinedAndHyphenatedWork(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Doyle Radiator Repiping", "Kestrel Properties:Doyle Radiator Re-pipe", true},
		{"Marrow Plaza Unit 2 Buildout", "Kestrel Properties:Marrow Plaza Unit 2 Build-Out", true},
		{"Marrow Plaza Unit 2 Build-Out", "Kestrel Properties:Marrow Plaza Unit 2 Buildout", true},
		{"Marrow Plaza Unit 2 Buildup", "Kestrel Properties:Marrow Plaza Unit 2 Build-Out", false},
		{"Doyle Radiator Repainting", "Kestrel Properties:Doyle Radiator Re-pipe", false},
	} {
		s := assignJobs([]string{c.procore}, []string{"Kestrel Properties", c.job})["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
	}
}
