package match

import "testing"

// "Building" (and a school's "Academy") after a word of the job's own says what kind of place it
// names, as Hall or Office do: "STEM Bldg Lighting Retrofit" is the STEM lighting retrofit and
// "Medical Office Bldg" the medical office; with a number after it the word labels which
// building, and stays.
func TestBuildingWordSaysKind(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Quillan College"}, {ID: "j", Name: job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"Bldg after the building's name", true, qb("Quillan College:STEM Bldg Lighting Retrofit"),
			Entry{ID: "p", Name: "Quillan College STEM Lighting Retrofit"}, "j", true, `"Bldg"`},
		{"Medical Office Building written as MOB", true, qb("Marrow Builders:Northgate MOB"),
			Entry{ID: "p", Name: "23-114 Northgate Medical Office"}, "j", true, ""},
		{"Bldg after Office, the project number on one side", true, qb("Marrow Builders:2405 Tarrow Medical Office"),
			Entry{ID: "p", Name: "Tarrow Medical Office Bldg"}, "j", true, ""},
		{"Academy after a school's name", true, []Entry{{ID: "j", Name: "Tarrow Public Schools:Paseo Restrooms"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}},
			Entry{ID: "p", Name: "TPS Paseo Academy Restroom Upgrades"}, "j", true, `"Academy"`},
		{"Academy after a point of the compass", true, []Entry{{ID: "j", Name: "Tarrow Public Schools:North Restrooms"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}},
			Entry{ID: "p", Name: "TPS North Academy Restroom Upgrades"}, "", false, ""},
		{"a numbered building is another", true, qb("Quillan College:STEM Bldg 2 Lighting Retrofit"),
			Entry{ID: "p", Name: "Quillan College STEM Lighting Retrofit"}, "", false, ""},
		{"after a point of the compass", true, qb("Quillan College:North Bldg Lighting Retrofit"),
			Entry{ID: "p", Name: "Quillan College North Lighting Retrofit"}, "", false, ""},
	})
}
