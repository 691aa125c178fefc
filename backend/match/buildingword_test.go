package match

import "testing"

// "Building" after a word of the job's own says what kind of place it names, as Hall or Office
// do: "STEM Bldg Lighting Retrofit" is the STEM lighting retrofit and "Medical Office Bldg" the
// medical office; with a number after it the word labels which building, and stays.
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
		{"a numbered building is another", true, qb("Quillan College:STEM Bldg 2 Lighting Retrofit"),
			Entry{ID: "p", Name: "Quillan College STEM Lighting Retrofit"}, "", false, ""},
		{"after a point of the compass", true, qb("Quillan College:North Bldg Lighting Retrofit"),
			Entry{ID: "p", Name: "Quillan College North Lighting Retrofit"}, "", false, ""},
	})
}
