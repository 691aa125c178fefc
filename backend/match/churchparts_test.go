package match

import "testing"

// A church with no jobs meets the project named by one of its buildings (its chapel, its parish
// hall) and the project that leaves out its denomination; a one-word church name, another
// denomination or another institution of the name does not link in one click.
func TestChurchPartsAndDenomination(t *testing.T) {
	qb := func(names ...string) []Entry {
		out := []Entry{}
		for i, n := range names {
			out = append(out, Entry{ID: string(rune('a' + i)), Name: n})
		}
		return append(out, Entry{ID: "o", Name: "Northgate Schools:Gym Floor"})
	}
	checkPrecisionCases(t, []precisionCase{
		{"the church's chapel", true, qb("Quillan Presbyterian Church"),
			Entry{ID: "p", Name: "Quillan Presbyterian Chapel Remodel"}, "a", true, "which has no jobs"},
		{"the parish hall, the denomination left out", true, qb("St Marrow Catholic Church"),
			Entry{ID: "p", Name: "St. Marrow Parish Hall Renovation"}, "a", true, "which has no jobs"},
		{"the sanctuary", true, qb("Tarrow Hills Baptist Church"),
			Entry{ID: "p", Name: "Tarrow Hills Baptist Sanctuary Reroof"}, "a", true, ""},
		{"a community church's name without Community", true, qb("Marrow Harbor Community Church"),
			Entry{ID: "p", Name: "Marrow Harbor Church Fellowship Hall"}, "a", true, ""},
		{"two churches of the name", true, qb("Marrow Harbor Community Church", "Marrow Harbor Baptist Church"),
			Entry{ID: "p", Name: "Marrow Harbor Church Fellowship Hall"}, "", false, ""},
		{"a chapel of a one-word name is a church of its own", true, qb("Quillan Church"),
			Entry{ID: "p", Name: "Quillan Chapel Remodel"}, "", false, ""},
		{"another denomination", true, qb("St Marrow Catholic Church"),
			Entry{ID: "p", Name: "St Marrow Lutheran Church Parish Hall"}, "", false, ""},
		{"another denomination's parish", true, qb("St Marrow Catholic Parish"),
			Entry{ID: "p", Name: "St Marrow Lutheran Parish Hall"}, "", false, ""},
		{"the parish's school", true, qb("St Marrow Catholic Church"),
			Entry{ID: "p", Name: "St Marrow School Gym Renovation"}, "", false, ""},
	})
}
