package match

import "testing"

// A firm's first word written short: No. for Northern, a compass letter for the adjective, Metro
// for Metropolitan, Gen'l for General.
func TestDirectionShortForms(t *testing.T) {
	for _, c := range [][2]string{
		{"No. Idaho Crane Rental", "Northern Idaho Crane Rental"},
		{"E Valley Glass & Mirror", "Eastern Valley Glass & Mirror"},
		{"W Slope Masonry Restoration", "Western Slope Masonry Restoration"},
		{"Metro Glass Works", "Metropolitan Glass Works"},
		{"Gen'l Fire Sprinkler", "General Fire Sprinkler"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// The near misses: another word that starts the same, a number's label, the other compass point.
func TestDirectionShortFormsNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Metro Glass Works", "Metrolina Glass Works"},
		{"No. 5 Plumbing", "Northern Plumbing"},
		{"E Valley Glass & Mirror", "Western Valley Glass & Mirror"},
		{"Gen'l Hardware", "Geneva Hardware"},
		{"No. Idaho Crane Rental", "Southern Idaho Crane Rental"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
