package match

import (
	"strings"
	"testing"
)

// A sole proprietor's firm against the owner's name: the first name written in the short form of
// another language or a less common English one, and the firm's own words after the name, two of
// them (a second surname is one word) or one that only a trade is ("Hydronics", "Design").
func TestSoleOwnerFirmWords(t *testing.T) {
	for _, c := range []struct{ procore, qb, reason string }{
		{"Wojtek Kaminski Rebar Tying", "Kaminski, Wojciech", "Wojtek = Wojciech"},
		{"Reggie Holloway Hauling", "Holloway, Reginald", "Reggie = Reginald"},
		{"Bobbie Tillman Cleaning", "Tillman, Roberta", "Bobbie = Roberta"},
		{"Piotr Sadowski", "Sadowski, Peter", "Piotr = Peter"},
		{"Sal Ferrante Welding", "Salvatore Ferrante", "Sal = Salvatore"},
		{"Andy Volkov Hydronics", "Volkov, Andrei", `trade "Hydronics"`},
		{"Merle Ashby Generator Repair", "Ashby, Merle", `trade "Generator"`},
		{"Dwight Pruitt Drafting Services", "Pruitt, Dwight", `trade "Drafting"`},
		{"Opal Lindquist Design", "Lindquist, Opal", `trade "Design"`},
		{"Corey Vance Cabling", "Vance, Corey", `trade "Cabling"`},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely || !strings.Contains(s.Reason, c.reason) {
			t.Errorf("%q / %q: %q %s (%s), want Likely saying %q", c.procore, c.qb, s.Name, s.Confidence, s.Reason, c.reason)
		}
	}
}

// The near misses: another first name, one word after the name that may be a second surname, a
// letter after the name.
func TestSoleOwnerFirmWordsNegatives(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Wojtek Kaminski Rebar Tying", "Kaminski, Wiktor"},
		{"Reggie Holloway Hauling", "Holloway, Regina"},
		{"Piotr Sadowski", "Sadowski, Pawel"},
		{"Andy Volkov Hydronics", "Volkov, Anton"},
		{"Merle Ashby Fleming", "Ashby, Merle"}, // a second surname as often as a firm
		{"Merle Ashby Generator Repair", "Ashby, Marla"},
		{"Merle Ashby B Generator", "Ashby, Merle"},
		{"Opal Lindquist Hendry", "Lindquist, Opal"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}

// A credential both names give after the firm's words, and a first name in its Italian form with
// the English one it goes by in quotes.
func TestSoleOwnerCredentialAndForm(t *testing.T) {
	for _, c := range []struct{ procore, qb string }{
		{"Dave Okafor Engineering PE", "Okafor, David PE"},
		{`Giuseppe "Joe" Battaglia`, "Battaglia, Joseph"},
		{"Pietro Rinaldi Tile", "Rinaldi, Peter"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c.procore, c.qb, s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range []struct{ procore, qb string }{
		{"Dave Okafor Engineering PE", "Okafor, Daniel PE"},
		{"Dave Okafor PE Fleming", "Okafor, David PE"}, // a word after the credential: another name
		{`Giuseppe "Joe" Battaglia`, "Battaglia, John"},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c.procore, c.qb, s.Confidence, s.Reason)
		}
	}
}

// More short forms of first names: English hypocorisms, the old abbreviations of a deed or an old
// firm's name, Spanish short forms; and the near misses, names that only look alike.
func TestGivenNameFormsMore(t *testing.T) {
	for _, c := range [][2]string{
		{"Wm Ostrowe Painting", "Ostrowe, William"},
		{"Chas Ostrowe & Sons", "Ostrowe, Charles"},
		{"Betsy Ostrowe Cleaning", "Ostrowe, Elizabeth"},
		{"Chente Ostrowe Drywall", "Ostrowe, Vicente"},
		{"Ted Ostrowe", "Ostrowe, Edward"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Wm Ostrowe Painting", "Ostrowe, Wilma"},
		{"Andy Ostrowe", "Ostrowe, Anderson"},
		{"Kenny Ostrowe", "Ostrowe, Kendall"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
