package match

import "testing"

// A firm's bare name meets its name with one trade in one click; not when the added word makes a
// supplier, joins a second line of work with "&", when the bare name has a trade or a kind of
// firm of its own, or carries a note.
func TestBareNameAndTrade(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Quillfeather", "Quillfeather Electric Inc", true},
		{"Quillfeather Inc.", "Quillfeather Underground", true},
		{"Quillfeather Underground LLC", "Quillfeather", true},
		{"Quillfeather Electric", "Quillfeather Electric Supply Co", false}, // a supplier
		{"Quillfeather", "Quillfeather Lumber", false},
		{"Quillfeather Stone", "Quillfeather Stone & Tile", false},         // lines of work
		{"Quillfeather Plumbing", "Quillfeather & Associates", false},      // another kind of firm
		{"Quillfeather Plumbing", "Quillfeather Plumbing & Heating", true}, // the firm alone on the list (secondtradeown.go)
		{"Quillfeather Electric", "Quillfeather - Fresno", false},          // a note: check
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A trade word right before the trade both names have says which kind ("Asphalt Paving"): the
// same firm; one joined by "&" is a second line of work, the firm's while its words are on no
// other record (secondtradeown.go).
func TestTradeKind(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Quillfeather Asphalt Paving", "Quillfeather Paving", true},
		{"Quillfeather Paving", "Quillfeather Concrete Paving Co", true},
		{"Quillfeather Paving & Asphalt", "Quillfeather Paving", true},
		{"Quillfeather Asphalt Paving", "Quillfeather Roofing", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}

// A bare name meets the firm's whole name with its trade and kind ("Pender Steel Services
// Inc"); a kind of firm on the other side is another trade; "Business" says which of a firm's
// accounts, not which firm.
func TestBareNameAndWholeName(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Quillfeather", "Quillfeather Steel Services Inc", true},
		{"Quillfeather Business", "Quillfeather", true},
		{"Quillfeather Construction", "Quillfeather Electric", false},
		{"Quillfeather Services", "Quillfeather Steel", false},
		{"Quillfeather", "Quillfeather Steel Supply Services", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
