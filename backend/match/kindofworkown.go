package match

// kindofwork.go sets aside a word saying how a firm does its trade from a short list of such
// words ("Directional Boring"). Any other word right before the trade both names have says the
// same of a firm whose own words are on no other record of the QuickBooks list, when the other
// name leaves nothing of its own over: "Durbin Land Surveying Inc" and "Durbin Surveying",
// "Heartland Caisson Drilling" and "Heartland Drilling", "Moberly Building Controls" and
// "Moberly Controls". Not the market a firm serves (Commercial, Residential: often two divisions
// with a record each), and not a trade of its own (tradeleft.go reads "Asphalt Paving").

// marketWords name the market a firm serves, which may be a division of its own.
var marketWords = wordSet(`commercial residential industrial institutional municipal`)

// notKindWords say whose or where, not how: a public body's kind, a nation, an insurer's form or
// line ("Harnett County Grading", "Kestrel Mutual Roofing", "Kestrel Life Insurance").
func notKindWord(k string) bool {
	return bodyKindWords[k] || insurerForms[k] || countryWords[k] || regionWords[k] || stateNames[k] ||
		k == "life" || k == "health" || k == "family"
}

// kindOfOwnTrade reports that t, a word of ts left over, stands right before a word of the trade
// paired with the other name, the firm distinctive on the QuickBooks list e (paired by ep) and
// the other name other (paired by op) leaving no word of its own over.
func kindOfOwnTrade(ts []token, ps []paired, t *token, other []token, op []paired, e []token, ep []paired) bool {
	at := tokenAt(ts, t)
	if at < 1 || at+1 >= len(ts) || t.qual || t.num != "" || t.role != roleCore || len(t.runes) < 3 ||
		marketWords[t.key] || notKindWord(t.key) || tradeWords[t.key] || ps[at-1].like == unlike {
		return false
	}
	next := &ts[at+1]
	if !lineOfWork(next.key) || next.key == "insurance" || ps[at+1].like == unlike || next.qual || !endsOwnPart(ts, at+1) {
		return false
	}
	return unpairedOwn(other, op) == 0 && distinctiveFirm(e, ep)
}
