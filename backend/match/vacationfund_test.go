package match

import (
	"strings"
	"testing"
)

// A local's "Vacation & Holiday Fund" is its vacation fund, named in full or not, with or
// without the union's trade before "Local".
func TestVacationHolidayFund(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Local 771 Vacation Fund", "Local 771 Vacation & Holiday Fund", `"Holiday"`},
		{"Ironworkers Local 771 Vacation Fund", "Local 771 Vacation and Holiday Fund", `"Holiday"`},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// Another local's fund, a holiday fund without the vacation one, or another fund stay apart.
func TestVacationHolidayFundNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Local 771 Vacation Fund", "Local 717 Vacation & Holiday Fund"},
		{"Local 771 Vacation Fund", "Local 771 Holiday Fund"},
		{"Local 771 Pension Fund", "Local 771 Vacation & Holiday Fund"},
		{"Kestrel Vacation Rentals", "Kestrel Vacation & Holiday Rentals"}, // no union local
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
