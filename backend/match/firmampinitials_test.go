package match

import "testing"

// A firm named by initials joined with "&" is found at each of its places: with one place on the
// list its whole name links to it, with two it links to neither in one click.
func TestAmpInitialsFirmPlaces(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"the firm's one place", false,
			[]Entry{{ID: "t", Name: "K&R Supply - Topeka"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "K&R Supply"}, "t", true, ""},
		{"two places of the firm", false,
			[]Entry{{ID: "t", Name: "K&R Supply - Topeka"}, {ID: "k", Name: "K&R Supply - Kansas City KS"}},
			Entry{ID: "p", Name: "K&R Supply"}, "", false, "another place of the firm"},
	})
}
