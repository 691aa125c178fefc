package match

import "testing"

// "Sec" before a subdivision's number is its Section, and still Security in a firm's name; a
// section of another number is another job.
func TestSecIsSection(t *testing.T) {
	qb := []Entry{{ID: "c", Name: "Quillan Meadows LP"}, {ID: "j", Name: "Quillan Meadows LP:Section 30 Paving"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	other := []Entry{{ID: "c", Name: "Quillan Meadows LP"}, {ID: "j", Name: "Quillan Meadows LP:Section 31 Paving"}, {ID: "o", Name: "Ostrander Family Trust:Pool House"}}
	checkPrecisionCases(t, []precisionCase{
		{"a subdivision's section", true, qb, Entry{ID: "p", Name: "Quillan Meadows Sec 30 Paving"}, "j", true, "Sec = Section"},
		{"another section", true, other, Entry{ID: "p", Name: "Quillan Meadows Sec 30 Paving"}, "", false, ""},
		{"a firm's Security", false, []Entry{{ID: "a", Name: "Marrow Sec Systems"}},
			Entry{ID: "p", Name: "Marrow Security Systems"}, "a", true, "Sec = Security"},
	})
}
