package match

import "testing"

// A contractor named by the second word of another contractor's name is another firm; the
// customer's kind, place and initials may be left out, and a firm that does not build keeps its
// readings.
func TestCustomerHeadLeftOut(t *testing.T) {
	qb := []Entry{
		{ID: "w", Name: "Pellham-Garner Contracting Co:Kestrel Garage"},
		{ID: "r", Name: "R.J. Fenwick Construction:Marigold Tower"},
		{ID: "s", Name: "Osgood USA Building Inc:Linden Clinic"},
		{ID: "d", Name: "Varga Dental:24-207 Quarry Clinic"},
	}
	checkPrecisionCases(t, []precisionCase{
		{"the second word of a contractor's name before the job", true, qb,
			Entry{ID: "p", Name: "Garner - Kestrel Garage"}, "", false, ""},
		{"the second word after the job", true, qb,
			Entry{ID: "p", Name: "Kestrel Garage - Garner Construction"}, "", false, ""},
		{"the whole head, the hyphen left out", true, qb,
			Entry{ID: "p", Name: "Pellham Garner - Kestrel Garage"}, "w", true, ""},
		{"the dotted initials left out", true, qb,
			Entry{ID: "p", Name: "Fenwick - Marigold Tower"}, "r", true, ""},
		{"the country and kind left out", true, qb,
			Entry{ID: "p", Name: "Osgood - Linden Clinic"}, "s", true, ""},
	})
}
