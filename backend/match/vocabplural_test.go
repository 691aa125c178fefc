package match

import "testing"

// A known word misspelt against its plural is the same word; an unknown word, or another known
// word, is not.
func TestTypoAgainstThePlural(t *testing.T) {
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Quillan Dental Arts Tenant Improvement", "Tenant Improvment", true},
		{"Quillan Dental Arts Tenant Improvements", "Tenant Improvment", true},
		{"Quillan Dental Arts Lobby Renovations", "Lobby Renovaton", true},
		{"Quillan Dental Arts Lobby Marrows", "Lobby Marow", false}, // no known word
		{"Quillan Dental Arts Lobby Renovations", "Lobby Restoration", false},
	} {
		qb := []string{"Northgate Schools:Gym Floor", "Quillan Dental Arts", "Quillan Dental Arts:" + c.job}
		s := assignJobs([]string{c.procore}, qb)["pa"]
		if got := s.ID == "qc" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want one click %v", c.procore, c.job, s.Name, s.Confidence, s.Reason, c.likely)
		}
	}
}
