package match

import (
	"strings"
	"testing"
)

// A union local in the Procore directory against the local's funds in the books; the near misses:
// another local, a fund of one kind, a Procore name that names a fund against the local itself,
// and the local's own record beside its funds.
func TestUnionLocalAgainstItsFunds(t *testing.T) {
	for _, c := range [][2]string{
		{"Boilermakers Local 154", "Boilermakers Local 154 Funds"},
		{"Glaziers Local 740", "Glaziers Local 740 Benefit Funds"},
		{"Elevator Constructors Local 3", "IUEC Local 3 Trust Funds"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, "local's funds") {
			t.Errorf("%q / %q: %q %s (%s), want Likely as the local's funds", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Boilermakers Local 154", "Boilermakers Local 145 Funds"},
		{"Glaziers Local 740", "Glaziers Local 740 Pension Fund"},
		{"Glaziers Local 740 Insurance Fund", "Glaziers Local 740"},
		{"Glaziers Local 740 Dues", "Glaziers Local 740 Benefit Funds"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
	// The local's own record in the books too: the local, not its funds.
	s := assignVendors([]string{"Glaziers Local 740"}, []string{"Glaziers Local 740 Benefit Funds", "Glaziers Local 740"})["pa"]
	if s.ID != "qb" || s.Confidence != Exact {
		t.Errorf("local beside its funds: %q %s (%s), want the local itself", s.Name, s.Confidence, s.Reason)
	}
}
