package match

// Short forms of trade words a bookkeeper types where QuickBooks' field is narrow that the rules
// for cut words and consonant skeletons miss: a skeleton that keeps the word's last letters
// ("Mtce", "Mntce" for Maintenance, as the trades write it), three letters only ("Trk", "Eqp"),
// a word's sound ("Xcav" for Excavation). Each is read only when the other name has the word;
// readings are looked up for short forms of up to maxReadingLen letters (abbrev.go).
var tradeShortForms = map[string][]string{
	"mtce":  {"maintenance"},
	"mntce": {"maintenance"},
	"mntc":  {"maintenance"},
	"mnt":   {"maintenance"},
	"trk":   {"trucking", "truck", "trucks"},
	"trkng": {"trucking"},
	"eqp":   {"equipment"},
	"eqpmt": {"equipment"},
	"soln":  {"solution", "solutions"},
	"xcav":  {"excavation", "excavating"},
	// The hours an emergency service keeps: "24 Hr Plumbing".
	"hr":  {"hour"},
	"hrs": {"hours"},
}
