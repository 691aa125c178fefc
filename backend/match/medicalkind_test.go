package match

import "testing"

// "Hospital", and "Medical Center" read as one word, after a word of the job's own say what kind
// of building the name is; after a point of the compass or before a building's number they stay.
func TestHospitalKindOfBuilding(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Quillan Health Network"}, {ID: "j", Name: "Quillan Health Network:" + job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"Hospital after the campus's name", true, qb("Audubon ICU Expansion"),
			Entry{ID: "p", Name: "Quillan Audubon Hospital ICU Expansion"}, "j", true, `"Hospital"`},
		{"Medical Center after the campus's name", true, qb("Marrowby Cath Lab"),
			Entry{ID: "p", Name: "Quillan Health Marrowby Medical Center Cath Lab"}, "j", true, `"Medical" and "Center"`},
		{"after a point of the compass", true, qb("North Cath Lab"),
			Entry{ID: "p", Name: "Quillan Health North Medical Center Cath Lab"}, "", false, ""},
		{"a numbered medical office", true, qb("Marrowby Cath Lab"),
			Entry{ID: "p", Name: "Quillan Health Marrowby Medical Office 2 Cath Lab"}, "", false, ""},
	})
}
