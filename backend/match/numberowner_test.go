package match

import "testing"

// A project that names another public body's place is a question ("Stockton Airport …" under San
// Joaquin County), unless the job's project number is in the project's name too: the number says
// which owner's job. Another number or a year does not.
func TestProjectNumberSaysWhichOwner(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "j", Name: "Marrow County:" + job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"the project number agrees", true, qb("25-044 Airport Taxiway"),
			Entry{ID: "p", Name: "Quillanton Airport Taxiway Lights (25-044)", City: "Quillanton"}, "j", true, ""},
		{"another project number", true, qb("25-045 Airport Taxiway"),
			Entry{ID: "p", Name: "Quillanton Airport Taxiway Lights (25-044)", City: "Quillanton"}, "", false, ""},
		{"a year is no project number", true, qb("2025 Airport Taxiway"),
			Entry{ID: "p", Name: "Quillanton Airport Taxiway Lights 2025", City: "Quillanton"}, "", false, ""},
	})
}
