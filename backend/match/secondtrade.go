package match

// A firm named for its trade often adds a second one after "&" on one list only: "Crabtree
// Tile" and "Crabtree Tile & Marble LLC", "Elm City Drywall" and "Elm City Drywall & Paint".
// The firm's own words and its first trade agree, so a second word of its line of work ("Marble",
// "Paint", "Tub") says what else the same firm does, not which firm it is. A second word that is
// a trade of its own (Heating, Sheet Metal) may be a sister firm's: like "Cochran" and "Cochran
// Electric" it stays a question for the bookkeeper unless phone or address agrees (whole.go).

// secondTrade reports that t, a word of ts left over, is a second trade after "&": the last word
// of the name's own part, after "and", after a word of the trade paired with the other name.
func secondTrade(ts []token, ps []paired, t *token) bool {
	if tradeBefore(ts, ps, t) {
		return true
	}
	at := tokenAt(ts, t)
	if at < 2 || t.qual || t.num != "" || t.role != roleCore || tradeWords[t.key] && !sameWork(ts[at-2].key, t.key) {
		// A known trade as the second ("Corbell Roofing & Sheet Metal") is left to the rule
		// for a trade on one side only: Possible unless phone or address agrees.
		return false
	}
	for i := at + 1; i < len(ts); i++ {
		if !ts[i].qual {
			return false // not the last word of the name's own part
		}
	}
	and, trade := &ts[at-1], &ts[at-2]
	return and.key == "and" && lineOfWork(trade.key) && ps[at-2].like != unlike && !trade.qual
}

// lineOfWork reports a word of the trade: the table's, its plural's, or one a one-man firm names
// itself by ("Testing", "Hauling": person.go).
func lineOfWork(k string) bool {
	return tradeWords[k] || tradeWords[k+"s"] || soleTradeWords[k]
}

// tradeBefore reports that t, a word of ts left over, is a trade put before the firm's trade and
// "&" on one list only: "Lawn" of "Whites Creek Lawn & Landscape" against "Whites Creek
// Landscaping", "Paint" of "Elm City Paint & Drywall". The word after "&" is the last of the
// name's own part, a word of the trade paired with the other name.
func tradeBefore(ts []token, ps []paired, t *token) bool {
	at := tokenAt(ts, t)
	if at < 1 || at+2 >= len(ts) || t.qual || t.num != "" || t.role != roleCore || tradeWords[t.key] {
		return false
	}
	for i := at + 3; i < len(ts); i++ {
		if !ts[i].qual {
			return false
		}
	}
	and, trade := &ts[at+1], &ts[at+2]
	return and.key == "and" && lineOfWork(trade.key) && ps[at+2].like != unlike && !trade.qual && ps[at-1].like != unlike
}
