package match

import "testing"

// "<place> Branch" of a library is the "<place> Library"; another place's branch, or a branch
// of no library, stays apart.
func TestLibraryBranch(t *testing.T) {
	qb := func(job string) []Entry {
		return []Entry{{ID: "c", Name: "Tarrow County"}, {ID: "j", Name: job}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"the library's branch", true, qb("Tarrow County:Quillan Library"),
			Entry{ID: "p", Name: "Tarrow County Library - Quillan Branch"}, "j", true, `"Branch"`},
		{"another branch", true, qb("Tarrow County:Quillan Library"),
			Entry{ID: "p", Name: "Tarrow County Library - Midmoor Branch"}, "", false, ""},
		{"a bank's branch", true, qb("Tarrow County:Quillan Office"),
			Entry{ID: "p", Name: "Tarrow County Office - Quillan Branch"}, "", false, ""},
	})
}
