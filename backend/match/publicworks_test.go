package match

import (
	"strings"
	"testing"
)

// A city's Public Works office, with and without "City of" and "Dept".
func TestPublicWorksOffice(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"City of Yarrow Public Works", "Yarrow Public Works Dept", `"City" and "Dept"`},
		{"City of Yarrow Public Works", "Yarrow Public Works", `"City"`},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// Another city's Public Works, another office of the city, or a firm's "Works" stay a question.
func TestPublicWorksOfficeNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"City of Yarrow Public Works", "Linden Public Works Dept"},
		{"City of Yarrow Public Works", "Yarrow Iron Works"},
		{"City of Yarrow Public Works", "Yarrow Public Library"},
		{"Yarrow Public Works", "Yarrow Works"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
