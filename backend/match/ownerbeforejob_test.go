package match

import (
	"strings"
	"testing"
)

// A job kept under the contractor who hired the firm meets the project named by the owner and
// the job when the job's own words, three of them and one a name no other record has, are all in
// the project's; an owner's body or college before them, a customer that is an owner itself,
// three words before the job's, two words of the job's only, or job words other records share
// leave the names to the bookkeeper.
func TestOwnerBeforeContractorsJob(t *testing.T) {
	others := []string{"Halvorsen & Pike:Westmont Cath Lab", "Halvorsen & Pike:South Tower Cath Lab", "Halvorsen & Pike:North Tower Lobby"}
	for _, c := range []struct {
		procore, job string
		likely       bool
	}{
		{"Meridia Ridgecrest Cath Lab", "Halvorsen & Pike:Ridgecrest Cath Lab", true},
		{"Larkmoor Bellwether Atrium Lighting Upgrade", "Halvorsen & Pike:Bellwether Atrium Lighting Upgrade", true},
		{"Kessler Tech Ridgecrest Cath Lab", "Halvorsen & Pike:Ridgecrest Cath Lab", false},
		{"Meridia Ridgecrest Cath Lab", "NWTC:Ridgecrest Cath Lab", false},
		{"Meridia Ridgecrest Cath Lab", "Harlan County:Ridgecrest Cath Lab", false},
		{"Meridia Carver Lyle Ridgecrest Cath Lab", "Halvorsen & Pike:Ridgecrest Cath Lab", false},
		{"Meridia Ridgecrest Lab", "Halvorsen & Pike:Ridgecrest Lab", false},
		{"Meridia North Tower Cath Lab", "Halvorsen & Pike:North Tower Cath Lab", false},
		{"Meridia Ridgecrest Cath Lab", "Halvorsen & Pike:Ridgecrest Cath Lab 2", false},
	} {
		customer := c.job[:strings.IndexByte(c.job, ':')]
		qb := append([]string{customer, c.job}, others...)
		s := assignJobs([]string{c.procore}, qb)["pa"]
		if got := s.ID == "qb" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s %q (%s), want likely %v", c.procore, c.job, s.Confidence, s.Name, s.Reason, c.likely)
		}
		if c.likely && !strings.Contains(s.Reason, "owner") {
			t.Errorf("%q / %q: reason %q does not say the word is the owner's", c.procore, c.job, s.Reason)
		}
	}
}
