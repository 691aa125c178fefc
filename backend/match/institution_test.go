package match

import (
	"strings"
	"testing"
)

// A customer with no jobs that is an institution meets a project named after it with words
// added; a firm's name with words added, another institution, a number on one side, and a
// customer that has jobs do not.
func TestInstitutionCustomerOnly(t *testing.T) {
	others := []string{"Northgate Schools:Gym Floor"}
	for _, c := range []struct {
		procore string
		qb      []string
		likely  bool
	}{
		{"Tarrow Methodist Church Fellowship Hall", []string{"Tarrow Methodist Church"}, true},
		{"St Brendan Academy Gym Addition", []string{"St Brendan Academy"}, true},
		{"Marrow Fellowship Gym Addition", []string{"Marrow Fellowship Church"}, true}, // the kind left out
		{"Marrow Fellowship Gym Addition", []string{"Marrow Fellowship Church", "Marrow Fellowship Academy"}, false},
		{"Hughes Construction Fellowship Hall", []string{"Hughes Construction"}, false}, // a firm
		{"Tarrow Baptist Church Fellowship Hall", []string{"Tarrow Methodist Church"}, false},
		{"Tarrow Methodist Church Hall 2", []string{"Tarrow Methodist Church"}, false},
		// A chain's store kept by its number: the project at that store.
		{"Marrow Marketplace #548 Refresh", []string{"Marrow Co #548"}, true},
		{"Marrow Marketplace #548 Refresh", []string{"Marrow Co #584"}, false},
		{"Marrow Marketplace Refresh", []string{"Marrow Co #548"}, false},
		// A customer with jobs: the project is one of its jobs, not the customer.
		{"Tarrow Methodist Church Fellowship Hall", []string{"Tarrow Methodist Church", "Tarrow Methodist Church:Parking Lot"}, false},
	} {
		s := assignJobs([]string{c.procore}, append(cloneNames(c.qb), others...))["pa"]
		got := s.ID == "qa" && s.Confidence == Likely
		if got != c.likely {
			t.Errorf("%q / %q: %q %s (%s), want likely %v", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.likely)
		}
		if got && !strings.Contains(s.Reason, "which has no jobs") {
			t.Errorf("%q: reason %q", c.procore, s.Reason)
		}
	}
}

func cloneNames(s []string) []string { return append([]string(nil), s...) }
