package match

import "slices"

// More short forms with readings (see otherReadings): the states' traditional abbreviations,
// which the postal codes replaced on envelopes but not in firms' names ("Colo Spgs Utilities",
// "Intl Fire Protection Colo", "Calif Pipe Supply"), and "Engr", which stands for an engineer
// or for engineering. Each is read as the state or word only when the other name has it: a
// "Wash" or a "Mass" is a word of its own against any other name ("Kestrel Car Wash").
// Postal codes of two letters are the table's (abbrev.go); Ind and Ill are left out, Ind being
// read as Industrial and Ill a word.
//
// Readings are looked up for short forms of up to maxReadingLen letters.

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

// wordShortForms are short forms of words with a reading the rules for cut words and consonant
// skeletons miss (a word cut to its first two letters and one more, "Crk" for Creek, or two
// letters): the engineer's Engr, the place words of the Postal Service's street suffixes
// (Publication 28), and the words of a job's name bookkeepers write short (Rm, Flr, Recon).
var wordShortForms = map[string][]string{
	"engr": {"engineering", "engineer", "engineers"},
	"crk":  {"creek"},
	"riv":  {"river"},
	"spg":  {"spring"},
	"grv":  {"grove"},
	"frk":  {"fork"},
	"cv":   {"cove"},
	"brk":  {"brook"},
	"blf":  {"bluff"},
	"shr":  {"shore"},
	"trl":  {"trail"},
	"plz":  {"plaza"},
	"knl":  {"knoll"},
	"prt":  {"port"},
	"strm": {"stream"},
	"vis":  {"vista"},
	"aly":  {"alley"},
	"anx":  {"annex"},
	"clf":  {"cliff"},
	"clb":  {"club"},
	"crse": {"course"},
	"gln":  {"glen"},
	"grn":  {"green"},
	"pln":  {"plain"},
	"holw": {"hollow"},
	"tunl": {"tunnel"},
	"brg":  {"bridge"},
	"hl":   {"hill"},
	"vw":   {"view"},
	"pk":   {"park"},
	"res":  {"reservoir"},
	"ch":   {"church"},
	"chr":  {"church"},
	"rm":   {"room"},
	"rms":  {"rooms"},
	"flr":  {"floor"},
	"flrs": {"floors"},
	// The parts of a building a tenant's job is numbered by: "Ste 410" is Suite 410, "5th Fl"
	// the fifth floor (FL in capitals stays Florida), "Lvl 2" level 2, "Bsmt" the basement.
	// Lighting work by its lamps or written short: "Natatorium LED" is the natatorium's lighting
	// job, "Auditorium Ltg" its lighting.
	"led":   {"lighting", "lights"},
	"ltg":   {"lighting"},
	"walks": {"sidewalks", "sidewalk", "walkways"},
	"ste":   {"suite"},
	"fl":    {"floor"},
	"lvl":   {"level"},
	"sec":   {"section"}, // a subdivision's "Sec 12"
	"sect":  {"section"},
	"bsmt":  {"basement"},
	"mezz":  {"mezzanine"},
	"stn":   {"station"},
	"stm":   {"storm"},
	"muni":  {"municipal"},
	"sr":    {"senior"},
	"kitch": {"kitchen"},
	"kit":   {"kitchen"},
	"recon": {"reconstruction"},
	"imprv": {"improvements", "improvement"},
	"imps":  {"improvements"},
	"condo": {"condominium", "condominiums"},
	// A door and hardware supplier's Dr (Door, as Hdwe is Hardware), and the short forms of
	// cities' names their own firms write: Phx for Phoenix (its airport's code), Indy.
	"dr":   {"door", "doors"},
	"drs":  {"doors"},
	"phx":  {"phoenix"},
	"indy": {"indianapolis"},
}

// withReadings adds the reading lists of more to base, after base's own readings of a short
// form ("Res" is a residence and a reservoir), and returns base.
func withReadings(base map[string][]string, more ...map[string][]string) map[string][]string {
	for _, m := range more {
		for w, rs := range m {
			for _, r := range rs {
				if !slices.Contains(base[w], r) {
					base[w] = append(base[w], r)
				}
			}
		}
	}
	return base
}
