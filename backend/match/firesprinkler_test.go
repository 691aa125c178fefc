package match

import "testing"

// "Fire" before a building's sprinkler, "Emergency" before its generator, is what its sprinkler or
// generator is; another building's, a lawn's irrigation sprinklers or a numbered generator stay
// apart.
func TestFireBeforeSprinkler(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Quarrel Builders"}, {ID: "j", Name: job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"the tower's fire sprinkler", true, qb("Quarrel Builders:Tamsin Office Twr Sprinkler"),
			Entry{ID: "p", Name: "Tamsin Office Tower - Fire Sprinkler"}, "j", true, `"Fire"`},
		{"another tower's", true, qb("Quarrel Builders:Tamsin Office Twr Sprinkler"),
			Entry{ID: "p", Name: "Quillan Office Tower - Fire Sprinkler"}, "", false, ""},
		{"irrigation sprinklers", true, qb("Quarrel Builders:Tamsin Park Irrigation Sprinklers"),
			Entry{ID: "p", Name: "Tamsin Park Fire Sprinklers"}, "", false, ""},
		{"the emergency generator", true, qb("Quarrel Builders:Replace Emergency Generator"),
			Entry{ID: "p", Name: "Quarrel Builders Generator Replacement"}, "j", true, `"Emergency"`},
		{"the second generator", true, qb("Quarrel Builders:Replace Emergency Generator 2"),
			Entry{ID: "p", Name: "Quarrel Builders Generator Replacement"}, "", false, ""},
	})
}
