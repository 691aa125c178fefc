package match

import "testing"

// Trade words written short in ways the rules for cut words and skeletons miss.
func TestTradeShortForms(t *testing.T) {
	for _, c := range [][2]string{
		{"Kestrel Ridge Maintenance", "Kestrel Ridge Mtce"},
		{"Kestrel Ridge Trucking", "Kestrel Ridge Trk"},
		{"Kestrel Ridge Equipment Rental", "Kestrel Ridge Eqp Rental"},
		{"Kestrel Ridge Excavation", "Kestrel Ridge Xcav"},
		{"24 Hour Kestrel Plumbing", "24 Hr Kestrel Plumbing"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// The near misses: another word of the same letters.
func TestTradeShortFormsNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Kestrel Ridge Machine", "Kestrel Ridge Mtce"},
		{"Kestrel Ridge Track", "Kestrel Ridge Trk"},
		{"Kestrel Ridge Excavation", "Kestrel Ridge Xcel"},
		{"24 Hour Kestrel Plumbing", "24 HR Kestrel Plumbing Staffing"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
