package match

import "testing"

// "Village" or "District" after a place's name says what kind of place it is, not which: the
// job's name may leave it out. With a number after it, after a point of the compass, or with
// another word of the job, it stays apart.
func TestAreaKindWord(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Quarrel Builders"}, {ID: "j", Name: job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"a shopping village", true, qb("Quarrel Builders:Tamsin Retail TI"),
			Entry{ID: "p", Name: "Quarrel - Tamsin Village Retail TI"}, "j", true, `"Village"`},
		{"a city's district", true, qb("Quarrel Builders:Loom Dental TI"),
			Entry{ID: "p", Name: "Quarrel - Loom District Dental TI"}, "j", true, `"District"`},
		{"another tenant of the village", true, qb("Quarrel Builders:Tamsin Retail TI"),
			Entry{ID: "p", Name: "Quarrel - Tamsin Village Restaurant TI"}, "", false, ""},
		{"a numbered district", true, qb("Quarrel Builders:Loom Dental TI"),
			Entry{ID: "p", Name: "Quarrel - Loom District 5 Dental TI"}, "", false, ""},
		{"after a point of the compass", true, qb("Quarrel Builders:North Dental TI"),
			Entry{ID: "p", Name: "Quarrel - North District Dental TI"}, "", false, ""},
		{"a phase on one side", true, qb("Quarrel Builders:Loom Dental TI"),
			Entry{ID: "p", Name: "Quarrel - Loom District Dental TI Phase 2"}, "", false, ""},
	})
}

// A kind of place in two words ("Town Center", "Business Park") after the place's name is left
// out as one word is; not with a number after it, nor with another suite.
func TestAreaPhrase(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Steeple Associates"}, {ID: "j", Name: job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"a town center", true, qb("Steeple Associates:Tamsin C-12 TI"),
			Entry{ID: "p", Name: "Tamsin Town Center Bldg C-12 Tenant Improvement"}, "j", true, ""},
		{"another suite of the town center", true, qb("Steeple Associates:Tamsin C-12 TI"),
			Entry{ID: "p", Name: "Tamsin Town Center Bldg C-14 Tenant Improvement"}, "", false, ""},
		{"a numbered business park", true, qb("Steeple Associates:Tamsin C-12 TI"),
			Entry{ID: "p", Name: "Tamsin Business Park 2 C-12 Tenant Improvement"}, "", false, ""},
	})
}
