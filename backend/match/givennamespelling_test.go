package match

import "testing"

// A first name transliterated two ways, the short forms Spanish and Scandinavian owners go by,
// and trades a one-man firm names itself by; the near misses: another name that only begins
// alike, another person's short form, a second surname after the name.
func TestGivenNameSpellingsAndForms(t *testing.T) {
	for _, c := range [][2]string{
		{"Dmitri Kozlov", "Kozlov, Dmitriy"},
		{"Sergei Kozlov Tile", "Kozlov, Sergey"},
		{"Yuri Kozlov Drywall", "Kozlov, Yuriy"},
		{"Pete Arredondo Welding", "Arredondo, Pedro"},
		{"Al Arredondo Concrete Finishing", "Arredondo, Alfredo"},
		{"Andy Lindgren Firestop", "Lindgren, Anders"},
		{"Lupe Arredondo Hydroseed", "Arredondo, Guadalupe"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID != "qa" || s.Confidence != Likely {
			t.Errorf("%q / %q: %q %s (%s), want Likely", c[0], c[1], s.Name, s.Confidence, s.Reason)
		}
	}
	for _, c := range [][2]string{
		{"Andrey Kozlov Tile", "Kozlov, Andrea"},
		{"Yuriy Kozlov", "Kozlov, Yuliya"},
		{"Al Arredondo Concrete Finishing", "Arredondo, Alma"},
		{"Pete Arredondo Welding", "Arredondo, Pablo"},
		{"Lupe Arredondo Fleming", "Arredondo, Guadalupe"},
	} {
		s := assignVendors([]string{c[0]}, []string{c[1]})["pa"]
		if s.ID == "qa" && (s.Confidence == Likely || s.Confidence == Exact) {
			t.Errorf("%q / %q: %s (%s), want no one-click link", c[0], c[1], s.Confidence, s.Reason)
		}
	}
}
