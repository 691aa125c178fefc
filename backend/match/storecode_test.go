package match

import "testing"

// A store's code of letters and digits after "#" or a branch word is the store's number, and the
// words after a branch's number are its place; two stores of different codes stay apart.
func TestStoreCodeOfLettersAndDigits(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		{"a store code of letters and digits", false,
			[]Entry{{ID: "s", Name: "Quorra Rentals #F32 Olathe"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "Quorra Rentals"}, "s", true, ""},
		{"a branch code after Br", false,
			[]Entry{{ID: "s", Name: "Pelham Rentals Br A95 Tampa"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "Pelham Rentals"}, "s", true, ""},
		{"a branch number after Br, a town of two words after it", false,
			[]Entry{{ID: "s", Name: "Quenby Rentals Br 794 Grand Prairie"}, {ID: "d", Name: "Quenby Rentals Trench Safety Br 301"}},
			Entry{ID: "p", Name: "Quenby Rentals (North America), Inc."}, "s", true, ""},
		{"a town and its state's code after the firm's name, its kind on another record", false,
			[]Entry{{ID: "s", Name: "Quorra Rentals Riverside CA"}, {ID: "o", Name: "Ostrander Rentals"}},
			Entry{ID: "p", Name: "Quorra Rentals"}, "s", true, ""},
		{"two towns of the firm with their state's code", false,
			[]Entry{{ID: "s", Name: "Quorra Rentals Riverside CA"}, {ID: "t", Name: "Quorra Rentals Fresno CA"}, {ID: "o", Name: "Ostrander Rentals"}},
			Entry{ID: "p", Name: "Quorra Rentals"}, "", false, ""},
		{"a profit centre's number and its town", false,
			[]Entry{{ID: "s", Name: "Quorra Rentals PC 0489 Lee's Summit"}, {ID: "o", Name: "Ostrander Family Trust"}},
			Entry{ID: "p", Name: "Quorra Rentals"}, "s", true, ""},
		{"two stores of different codes", false,
			[]Entry{{ID: "s", Name: "Quorra Rentals #F32"}},
			Entry{ID: "p", Name: "Quorra Rentals #F33"}, "", false, ""},
		{"two codes of the firm", false,
			[]Entry{{ID: "s", Name: "Quorra Rentals #F32 Olathe"}, {ID: "t", Name: "Quorra Rentals #G11 Topeka"}},
			Entry{ID: "p", Name: "Quorra Rentals"}, "", false, "matches equally well"},
	})
}
