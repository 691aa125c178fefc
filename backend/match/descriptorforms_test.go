package match

import "testing"

// "Specialties" says what kind of firm, not which, like "Services"; "Htg & Air" and "Heat & Air"
// are Heating & Air (Conditioning). Another word of the name, or the trade alone, stay apart.
func TestSpecialtiesAndHeatingAir(t *testing.T) {
	for _, c := range []struct {
		procore, qb string
		likely      bool
	}{
		{"Lumbee Door & Hardware", "Lumbee Door & Hardware Specialties", true},
		{"Lumbee Specialty Contractors", "Lumbee Contractors Inc", true},
		{"Lumbee Valley Heating & Air", "Lumbee Valley Htg & Air", true},
		{"Lumbee Valley Htg & Air", "Lumbee Valley Heating & Air Conditioning", true},
		{"Lumbee Valley Heat & Air", "Lumbee Valley Heating & Air", true},
		{"Lumbee Door & Hardware", "Lumbee Door & Window Specialties", false},
		{"Lumbee Valley Htg & Air", "Lumbee Valley Heating", false},
	} {
		s := assignVendors([]string{c.procore}, []string{c.qb})["pa"]
		if got := s.ID == "qa" && s.Confidence == Likely; got != c.likely {
			t.Errorf("%q / %q: %s (%s), want likely %v", c.procore, c.qb, s.Confidence, s.Reason, c.likely)
		}
	}
}
