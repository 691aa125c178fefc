package match

import "testing"

// A union's name listing the other trades it takes in, with commas, against the local by its
// first trade or its initials; the near misses: another local, another first trade, and a
// person's name with a comma, which stays a person's.
func TestUnionListedTrades(t *testing.T) {
	for _, c := range [][2]string{
		{"Bricklayers, Tile Setters & Pointers Local 5", "Bricklayers Local 5"},
		{"Plumbers, Pipefitters & Sprinklerfitters Local 412", "UA Local 412"},
		{"Cement Masons, Plasterers and Shophands Local 9", "Cement Masons Local 9"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Bricklayers, Tile Setters & Pointers Local 5", "Bricklayers Local 15"},
		{"Painters, Pipefitters & Sprinklerfitters Local 412", "UA Local 412"},
		{"Cement Masons, Plasterers and Shophands Local 9", "Plasterers Local 9"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
	if !firmAfterComma(" Pipefitters & MES Local 392") || firmAfterComma(" Samuel III") || firmAfterComma(" Erik & Mary") {
		t.Error("firmAfterComma: a union's words or a number after the comma make a firm, first names do not")
	}
}
