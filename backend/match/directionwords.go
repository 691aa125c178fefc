package match

// Short forms of the words a firm's name begins with to say where it works or how big a place
// it serves, which the table's rules for cut words miss: "No." for Northern ("No. Utah Crane
// Rental"; before a number it is a number's label), "Metro" for Metropolitan (the rest of the
// word starts with a consonant, as a compound's does), and "Gen'l" for General, a contraction
// written with its last letter. The compass letters read as the adjective too (abbrev.go's
// compassLetters: "W Springs Masonry" is Western Springs Masonry). Each is read only when the
// other name has the word.
var directionShortForms = map[string][]string{
	"no":    {"north", "northern"},
	"metro": {"metropolitan"},
	"genl":  {"general"},
}
