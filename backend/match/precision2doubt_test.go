package match

import "testing"

// A fence contractor's name "of" a town is a firm of its own there as often as the same firm:
// fencing is a contractor's work (doubtbranchtrade.go contractorWork), as roofing is. A supply
// house of the trade goes by its town after "of" for its store.
func TestDoubtFenceContractorOfPlace(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"a fence contractor of a town", false,
			[]Entry{{ID: "f", Name: "Cholla Fence"}, {ID: "o", Name: "Lindgren Lumber", City: "Tucson"}},
			Entry{ID: "p", Name: "Cholla Fence & Gate of Tucson"}, "", false, "firm of its own there"},
		{"the fence contractor with its legal form", false,
			[]Entry{{ID: "f", Name: "Cholla Fence"}, {ID: "o", Name: "Lindgren Lumber", City: "Tucson"}},
			Entry{ID: "p", Name: "Cholla Fence Co."}, "f", true, ""},
		{"a fence supply house of a town", false,
			[]Entry{{ID: "f", Name: "Cholla Fence Supply"}, {ID: "o", Name: "Lindgren Lumber", City: "Tucson"}},
			Entry{ID: "p", Name: "Cholla Fence Supply of Tucson"}, "f", true, ""},
	})
}

// A letter apart and a word of its own on each side: two firms as often as one.
func TestDoubtTypoAndWordsApart(t *testing.T) {
	qb := []Entry{{ID: "b", Name: "Quarrington Boiler Works"}, {ID: "o", Name: "Lindgren Lumber"}}
	checkPrecisionCases(t, []precisionCase{
		{"a typo and a word on each side", false, qb,
			Entry{ID: "p", Name: "Quarington Boiler Repair"}, "", false, "differ by a letter and each adds a word"},
		{"a typo alone", false, qb,
			Entry{ID: "p", Name: "Quarington Boiler Works"}, "b", true, ""},
		{"a typo and a legal form", false, qb,
			Entry{ID: "p", Name: "Quarington Boiler Works, Inc."}, "b", true, ""},
		{"a word on each side without a typo", false,
			[]Entry{{ID: "b", Name: "Quarrington Boiler Group"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Quarrington Boiler Enterprises"}, "b", true, ""},
	})
}

// Initials known as one office's all over the country (DOT: Transportation) read letter by letter
// as another office's words are a question; read as their own office they are linked.
func TestDoubtOfficeInitialsMisread(t *testing.T) {
	qb := []Entry{{ID: "d", Name: "State of Ohio - ODOT"}, {ID: "o", Name: "Lindgren Lumber"}}
	checkPrecisionCases(t, []precisionCase{
		{"DOT read as Division Of Taxation", false, qb,
			Entry{ID: "p", Name: "Ohio Division of Taxation"}, "", false, "known as the initials of another office"},
		{"DOT read as Department Of Transportation", false, qb,
			Entry{ID: "p", Name: "Ohio Department of Transportation"}, "d", true, ""},
		{"an office's initials of its own", false,
			[]Entry{{ID: "d", Name: "State of Ohio - ODT"}, {ID: "o", Name: "Lindgren Lumber"}},
			Entry{ID: "p", Name: "Ohio Division of Taxation"}, "d", true, ""},
	})
}

// A number on each side, both set aside, says two offices or branches: District 5 is not
// District 7, whatever reading of initials makes the rest of the names one.
func TestDoubtNumbersApart(t *testing.T) {
	qb := func(n string) []Entry {
		return []Entry{{ID: "d", Name: "KDOT District " + n}, {ID: "c", Name: "KS DEP - Central District"}, {ID: "o", Name: "Lindgren Lumber"}}
	}
	checkPrecisionCases(t, []precisionCase{
		{"another district's number", false, qb("7"),
			Entry{ID: "p", Name: "Kansas Department of Transportation - District 5"}, "", false, "a number of its own"},
		{"the same district", false, qb("5"),
			Entry{ID: "p", Name: "Kansas Department of Transportation - District 5"}, "d", true, ""},
	})
}
