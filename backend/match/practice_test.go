package match

import "testing"

// A practice with no jobs meets the project named by its own words, its kind in either form and
// its premises; another kind, another specialty or a word of its own left out does not link in
// one click.
func TestPracticeCustomerOnly(t *testing.T) {
	qb := func(names ...string) []Entry {
		out := []Entry{}
		for i, n := range names {
			out = append(out, Entry{ID: string(rune('a' + i)), Name: n})
		}
		return append(out, Entry{ID: "o", Name: "Northgate Schools:Gym Floor"})
	}
	checkPrecisionCases(t, []precisionCase{
		{"the filler left out", true, qb("Quillanview Family Dental"),
			Entry{ID: "p", Name: "Quillanview Dental Buildout"}, "a", true, "which has no jobs"},
		{"the noun for the adjective, the premises added", true, qb("Marrowby Family Dentistry"),
			Entry{ID: "p", Name: "Marrowby Dental Office Buildout"}, "a", true, "which has no jobs"},
		{"a group's clinic", true, qb("Tarrow Heights Dental Group"),
			Entry{ID: "p", Name: "Tarrow Heights Dental Clinic TI"}, "a", true, ""},
		{"another kind of practice", true, qb("Marrowby Family Dentistry PA"),
			Entry{ID: "p", Name: "Marrowby Family Chiropractic Buildout"}, "", false, ""},
		{"another specialty", true, qb("Quillanview Family Dental"),
			Entry{ID: "p", Name: "Quillanview Pediatric Dental Buildout"}, "", false, ""},
		{"a word of the practice's own left out", true, qb("Tarrow Heights Dental Group"),
			Entry{ID: "p", Name: "Tarrow Dental Clinic TI"}, "", false, ""},
		{"a firm, not a practice", true, qb("Quillanview Family Hardware"),
			Entry{ID: "p", Name: "Quillanview Hardware Office Buildout"}, "", false, ""},
	})
}
