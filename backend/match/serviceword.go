package match

// A firm's name on one list may end with a word for how it works its trade that the other list
// leaves out: "Sunrise Landscape Management" and "Sunrise Landscape", "Loomis Backflow Testing"
// and "Loomis Backflow", "Sierra Testing Labs" and "Sierra Testing", "Smyrna Sign Shop" and
// "Smyrna Signs", "Ironside Structural Engineering" and "Ironside Structural", "Terracon
// Consultants" and "Terracon". The word says what the firm does or where, not which firm it is,
// when the firm's own words are on no other record of the QuickBooks list and the other name
// leaves nothing of its own over. Each word only where it describes the trade before it: a
// property's manager is not its owner ("Zebulon Property Management", "Zebulon Property"), and a
// testing lab of a trade is not the trade's contractor ("Apex Concrete Testing", "Apex Concrete").

// serviceWords after any word of the firm's: a profession's practice, a lab or a shop.
var serviceWords = wordSet(`engineering engineers consultants consulting laboratories laboratory labs lab shop`)

// tradeServiceWords after a word of the trade only: "Landscape Management".
var tradeServiceWords = wordSet(`management`)

// checkServiceWords after a word that is no trade of its own: "Backflow Testing", "Pipeline
// Inspection"; not "Concrete Testing".
var checkServiceWords = wordSet(`testing inspection inspections`)

// serviceAfterFirm reports that t, a word of ts left over, is such a word: the last word of the
// name's own part, right after a word paired with the other name, the QuickBooks name e (paired
// by ep) distinctive, and the other name other (paired by op) leaving no word of its own over.
func serviceAfterFirm(ts []token, ps []paired, t *token, other []token, op []paired, e []token, ep []paired) bool {
	at := tokenAt(ts, t)
	if at < 1 || t.qual || t.num != "" || t.role != roleCore || ps[at-1].like == unlike {
		return false
	}
	for k := at + 1; k < len(ts); k++ {
		if r := ts[k].role; !ts[k].qual && r != roleStop && r != roleDescriptor && r != roleTag {
			return false // not the last word of the name's own part
		}
	}
	before := ts[at-1].key
	switch {
	case serviceWords[t.key]:
	case tradeServiceWords[t.key]:
		if !lineOfWork(before) {
			return false
		}
	case checkServiceWords[t.key]:
		if tradeWords[before] || tradeWords[before+"s"] {
			return false
		}
	default:
		return false
	}
	return unpairedOwn(other, op) == 0 && distinctiveFirm(e, ep)
}
