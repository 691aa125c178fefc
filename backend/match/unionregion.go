package match

// A local union belongs to a regional council, and one list may put the council's region before
// the trade: "Southeastern Carpenters Local 225" is Carpenters Local 225, the local's number
// being its own within the international union. The region word is set aside only when "Local"
// and its number are paired on both sides; another number is another local.

// unionRegionWords name a union's regional council before its trade.
var unionRegionWords = wordSet(`northern southern eastern western central`)

// unionRegionWord reports that t, left over in ts, is a region word of a union whose "Local N"
// is paired with the other name.
func unionRegionWord(ts []token, ps []paired, t *token) bool {
	return (regionWords[t.key] || unionRegionWords[t.key]) && t.num == "" && unionLocal(ts, ps)
}

// A union's council or fund names its area as widely as it likes: "Greater Kansas City Laborers
// Welfare Fund" is "KC Laborers Welfare Fund", "Carpenters District Council of Kansas City &
// Vicinity" is "Carpenters District Council KC". "Greater" right before a paired place word and
// "Vicinity" after "&" or "and" after one widen the same place, not another body; they are set
// aside only in a union's name, a trade's members and a council, local or fund word both paired.

// unionPlaceWidener reports that t, left over in ts, is "Greater" or "& Vicinity" around a
// paired word in a union's name.
func unionPlaceWidener(ts []token, ps []paired, t *token) bool {
	at := tokenAt(ts, t)
	if at < 0 || !placeWidenerAt(ts, at) {
		return false
	}
	widened := at + 1 // the place "Greater" widens, or the one before "& Vicinity"
	if ts[at].key == "vicinity" {
		widened = at - 2
	}
	return ps[widened].like != unlike && unionBodyPaired(ts, ps)
}

// placeWidenerAt reports "Greater" before a word, or "Vicinity" after "&" or "and" after one.
func placeWidenerAt(ts []token, at int) bool {
	switch t := &ts[at]; {
	case t.num != "":
		return false
	case t.key == "greater":
		return at+1 < len(ts) && ts[at+1].num == ""
	case t.key == "vicinity":
		return at >= 2 && (ts[at-1].key == "and" || ts[at-1].key == "&")
	}
	return false
}

// unionPlaceInitialsAside reports the word at j of b, a union's name, that widens a place the
// other name writes as initials: "KC" is Kansas City in "Greater Kansas City Laborers Welfare Fund".
func unionPlaceInitialsAside(b []token, bp []paired, j int) bool {
	return placeWidenerAt(b, j) && unionBodyPaired(b, bp)
}

// unionBodyPaired reports a name with a union trade's members ("Laborers", "Carpenters") and a
// union body's word (Council, Local, Union, Fund…) both paired with the other name.
func unionBodyPaired(ts []token, ps []paired) bool {
	members, body := false, false
	for i := range ts {
		if ps[i].like == unlike || ts[i].num != "" {
			continue
		}
		k := ts[i].key
		members = members || tradeOrUnionWord(k) && !tradeWords[k]
		body = body || k == "council" || k == "local" || k == "union" || fundWords[k] || benefitWords[k]
	}
	return members && body
}
