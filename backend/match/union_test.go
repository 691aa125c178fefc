package match

import (
	"strings"
	"testing"
)

// A union local and its benefit funds under the names each list gives them: the same local by
// its number whatever the union is called; another local, another union, or the local's dues
// office against its benefit fund are not linked in one click.
func TestUnionLocals(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"IBEW Local Union No. 573", "IBEW Local 573", true},
		{"Sheet Metal Workers Local 24", "SMART Local 24", true},
		{"Plumbers & Pipefitters Local 189", "UA Local 189", true},
		{"International Brotherhood of Electrical Workers Local 8", "IBEW Local 8", true},
		{"Carpenters Local 200", "UBC Local 200", true},
		{"Sheet Metal Workers Local 24 Fringe Benefit Funds", "SMART Local 24 Benefit Funds", true},
		{"Iowa Laborers Fringe Benefit Programs", "Iowa Laborers Benefits", true},
		// The number is the local.
		{"IBEW Local Union 573", "IBEW Local 537", false},
		{"Sheet Metal Workers Local 24", "SMART Local 42", false},
		{"Plumbers & Pipefitters Local 189", "UA Local 198", false},
		// Another union, the same number.
		{"Carpenters Local 200", "IUPAT Local 200", false},
		// The local's dues office is not its benefit fund, nor a fund another fund.
		{"Sheet Metal Workers Local 24 Fringe Benefit Funds", "SMART Local 24", false},
		// "IBEW Local 573" against "IBEW Local 573 Benefit Funds" alone is the local's funds
		// (unionfunds.go); beside the local's dues office it is a question (below).
		{"Iowa Laborers Fringe Benefit Programs", "Iowa Laborers Training Fund", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact); got != c.likely {
			t.Errorf("%q / %q: %s (%s), want one click %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
	ix := NewFlatIndex([]Entry{{ID: "f", Name: "IBEW Local 573 Benefit Funds"}, {ID: "d", Name: "IBEW Local 573 Dues Office"}})
	for _, s := range ix.Suggest(Entry{ID: "p", Name: "IBEW Local 573"}, 3) {
		if s.ID == "f" && s.Confidence != Possible {
			t.Errorf("the local's funds beside its dues office: %s (%s), want Possible", s.Confidence, s.Reason)
		}
	}
	s := assignVendors([]string{"Plumbers & Pipefitters Local 189"}, []string{"UA Local 189"})["pa"]
	if !strings.Contains(s.Reason, "UA = Plumbers & Pipefitters") {
		t.Errorf("reason %q does not read the initials out", s.Reason)
	}
}
