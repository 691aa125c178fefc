package match

import "testing"

// A firm's initials may take in the letter of its legal form ("KCI" for Kestrel Controls, Inc.),
// not when the initials' own name writes the form out ("QSI Inc"), nor a letter the name's
// legal form does not have.
func TestInitialsTakeInLegalForm(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"the initials with Inc's letter, at a branch", false,
			[]Entry{{ID: "k", Name: "KCI - Seattle Branch"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "Kestrel Controls, Inc."}, "k", true, ""},
		{"the initials with Corporation's letter", false,
			[]Entry{{ID: "k", Name: "Tarrow Electric Membership Corporation"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "TEMC"}, "k", true, ""},
		{"a letter the legal form does not give", false,
			[]Entry{{ID: "k", Name: "KCI - Seattle Branch"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "Kestrel Controls LLC"}, "", false, ""},
		{"the legal form written out after the initials", false,
			[]Entry{{ID: "k", Name: "QSI Inc"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "Quenby Steel Inc"}, "", false, ""},
	})
}
