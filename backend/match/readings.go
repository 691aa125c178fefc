package match

// More short forms with readings (see otherReadings): the states' traditional abbreviations,
// which the postal codes replaced on envelopes but not in firms' names ("Colo Spgs Utilities",
// "Intl Fire Protection Colo", "Calif Pipe Supply"), and "Engr", which stands for an engineer
// or for engineering. Each is read as the state or word only when the other name has it: a
// "Wash" or a "Mass" is a word of its own against any other name ("Kestrel Car Wash").
// Postal codes of two letters are the table's (abbrev.go); Ind and Ill are left out, Ind being
// read as Industrial and Ill a word.

// stateShortForms are the states' abbreviations of the Government Printing Office and the AP
// stylebook that are not their postal codes.
var stateShortForms = map[string][]string{
	"ala":   {"alabama"},
	"ariz":  {"arizona"},
	"ark":   {"arkansas"},
	"calif": {"california"},
	"cal":   {"california"},
	"colo":  {"colorado"},
	"conn":  {"connecticut"},
	"del":   {"delaware"},
	"fla":   {"florida"},
	"kan":   {"kansas"},
	"kans":  {"kansas"},
	"mass":  {"massachusetts"},
	"mich":  {"michigan"},
	"minn":  {"minnesota"},
	"miss":  {"mississippi"},
	"mont":  {"montana"},
	"neb":   {"nebraska"},
	"nebr":  {"nebraska"},
	"nev":   {"nevada"},
	"okla":  {"oklahoma"},
	"ore":   {"oregon"},
	"oreg":  {"oregon"},
	"penn":  {"pennsylvania"},
	"tenn":  {"tennessee"},
	"tex":   {"texas"},
	"wash":  {"washington"},
	"wis":   {"wisconsin"},
	"wisc":  {"wisconsin"},
	"wyo":   {"wyoming"},
}

// wordShortForms are short forms of trade words with more than one reading.
var wordShortForms = map[string][]string{
	"engr": {"engineering", "engineer", "engineers"},
}

// withReadings adds the reading lists of more to base (a short form keeps base's readings when
// both have it) and returns base.
func withReadings(base map[string][]string, more ...map[string][]string) map[string][]string {
	for _, m := range more {
		for w, r := range m {
			if _, ok := base[w]; !ok {
				base[w] = r
			}
		}
	}
	return base
}
