package match

import "testing"

// A weak word of the work written with a hyphen ("Fit-Out") or the work done again ("Rebuild")
// on one side only is shrugged off as "Renovation" is; a hyphenated word that is no such word, or
// another floor or station, stays apart.
func TestSplitWeakWordAndRebuild(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Quarrel Builders"}, {ID: "j", Name: job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"Fit-Out on one side", true, qb("Quarrel Builders:Quillan Tower C 5th Flr"),
			Entry{ID: "p", Name: "Quarrel Builders Quillan Tower C 5th Floor Fit-Out"}, "j", true, ""},
		{"Fit-Out on another floor", true, qb("Quarrel Builders:Quillan Tower C 5th Flr"),
			Entry{ID: "p", Name: "Quarrel Builders Quillan Tower C 6th Floor Fit-Out"}, "", false, ""},
		{"a hyphenated word of its own", true, qb("Quarrel Builders:Quillan Tower C Room"),
			Entry{ID: "p", Name: "Quarrel Builders Quillan Tower C Lock-Out Room"}, "", false, ""},
		{"a station rebuilt", true, qb("Quarrel Builders:Fire Station #2"),
			Entry{ID: "p", Name: "Quarrel Builders Fire Station No. 2 Rebuild"}, "j", true, ""},
		{"another station rebuilt", true, qb("Quarrel Builders:Fire Station #2"),
			Entry{ID: "p", Name: "Quarrel Builders Fire Station No. 3 Rebuild"}, "", false, ""},
	})
}
