package match

import (
	"strings"
	"testing"
)

// Supply-house shorthand bookkeepers type into vendor names: Xfmr for Transformer, Accy for
// Accessories, Geotech for Geotechnical, Environ for Environmental.
func TestTradeShorthand(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Brazoria Transformer Service & Repair", "Brazoria Xfmr Svc & Repair", "Xfmr = Transformer"},
		{"Palisade Concrete Accessories", "Palisade Concrete Accy", "Accy = Accessories"},
		{"Redrock Geotechnical Consultants", "Redrock Geotech Consultants", "Geotech"},
		{"Larkspur Environmental Services", "Larkspur Environ Svcs", "Environ = Environmental"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// The shorthand stands for its own word only: another trade word stays out of one click.
func TestTradeShorthandNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Brazoria Transmission Service & Repair", "Brazoria Xfmr Svc & Repair"},
		{"Palisade Concrete Pumping", "Palisade Concrete Accy"},
		{"Redrock Geothermal Consultants", "Redrock Geotech Consultants"},
		{"Larkspur Electrical Services", "Larkspur Environ Svcs"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}
