package match

import "testing"

// An airport's code in capitals is its town written out on the other side ("PDX Logistics Ctr",
// "Portland Logistics Center"); another airport's code, or another building, stays apart.
func TestAirportCodeAsTown(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Quarrel Industrial"}, {ID: "j", Name: job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"PDX for Portland", true, qb("Quarrel Industrial:Portland Logistics Center B"),
			Entry{ID: "p", Name: "Quarrel PDX Logistics Ctr Bldg B"}, "j", true, "PDX = Portland"},
		{"another town's code", true, qb("Quarrel Industrial:Portland Logistics Center B"),
			Entry{ID: "p", Name: "Quarrel PHX Logistics Ctr Bldg B"}, "", false, ""},
		{"another building", true, qb("Quarrel Industrial:Portland Logistics Center B"),
			Entry{ID: "p", Name: "Quarrel PDX Logistics Ctr Bldg C"}, "", false, ""},
	})
}
