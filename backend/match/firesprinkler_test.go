package match

import "testing"

// "Fire" before a building's sprinkler is what its sprinkler is; another building's, or a lawn's
// irrigation sprinklers, stay apart.
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
	})
}
