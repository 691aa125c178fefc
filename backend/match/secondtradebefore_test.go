package match

import "testing"

// A second word of the firm's work on one list only, before its trade and "&" ("Lawn &
// Landscape") or after a trade a one-man firm names itself by ("Testing & Inspection").
func TestSecondTradeBeforeAndAfterWork(t *testing.T) {
	for _, c := range [][2]string{
		{"Alder Creek Landscaping", "Alder Creek Lawn & Landscape"},
		{"Elm City Paint & Drywall", "Elm City Drywall"},
		{"Kestrel Falls Testing", "Kestrel Falls Testing & Inspection Co"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
}

// The near misses: a word of the firm's own name before the "&" (not after a paired word), and
// the trade not last. A trade of its own before or after the "&" is the firm's while its words
// are on no other record, a question otherwise (TestSecondTradeOfItsOwn).
func TestSecondTradeBeforeAndAfterWorkNegatives(t *testing.T) {
	for _, c := range [][2]string{
		{"Alder Landscaping", "Brisco & Landscape"},
		{"Elm City Drywall", "Elm City Paint & Drywall Supply"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
