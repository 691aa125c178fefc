package match

import "testing"

// The work done again is one word whether both names write it as the work or one as its stem
// ("Ditch Regrade", "Ditch Regrading"); another work done again stays apart.
func TestWorkDoneAgainBothWays(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Tarrow County"}, {ID: "j", Name: job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"regrade and regrading", true, qb("Tarrow County:SH 146 Ditch Regrading"),
			Entry{ID: "p", Name: "Tarrow County SH 146 Ditch Regrade"}, "j", true, "Regrade = Regrading"},
		{"repave and repaving", true, qb("Tarrow County:Quillan Rd Repaving"),
			Entry{ID: "p", Name: "Tarrow County Quillan Rd Repave"}, "j", true, ""},
		{"regrade is not repaving", true, qb("Tarrow County:SH 146 Ditch Repaving"),
			Entry{ID: "p", Name: "Tarrow County SH 146 Ditch Regrade"}, "", false, ""},
		{"another highway's ditch", true, qb("Tarrow County:SH 146 Ditch Regrading"),
			Entry{ID: "p", Name: "Tarrow County SH 164 Ditch Regrade"}, "", false, ""},
	})
}
