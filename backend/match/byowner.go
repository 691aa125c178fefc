package match

// A firm may be named for its work "by" its owner: "Concrete Cutting by Ortiz" is the Ortiz
// firm that cuts concrete, kept on the other list as "Ortiz Concrete Cutting". The words after
// "by" (one or two, a name: no trade, descriptor or number) are read first, so the two names'
// words come in the same order; the work before "by" must name a trade. "Stand By Electric"
// keeps its words: what follows "by" is the trade.

// maxByOwnerWords is how many words after "by" may be the owner's name.
const maxByOwnerWords = 2

// ownerAfterBy moves the owner's name after "by" to the front of a firm's own words and makes
// "by" a joining word; other names are returned as they are.
func ownerAfterBy(ts []token) []token {
	at, end := -1, len(ts)
	for i := range ts {
		switch {
		case ts[i].qual || ts[i].customer || ts[i].aux:
			end = min(end, i)
		case ts[i].key == "by" && at < 0:
			at = i
		}
	}
	if at < 1 || at >= end || end-at-1 < 1 || end-at-1 > maxByOwnerWords {
		return ts
	}
	trade := false
	for i := range at {
		trade = trade || tradeWords[ts[i].key]
	}
	if !trade {
		return ts
	}
	for i := at + 1; i < end; i++ {
		if t := &ts[i]; t.role != roleCore || t.num != "" || t.single() || tradeWords[t.key] || descriptorWords[t.key] {
			return ts
		}
	}
	out := make([]token, 0, len(ts))
	out = append(out, ts[at+1:end]...)
	out = append(out, ts[:at]...)
	by := ts[at]
	by.role = roleStop
	out = append(out, by)
	return append(out, ts[end:]...)
}

// ownerMoved reports a name whose owner's name ownerAfterBy moved to the front: its "by" joins.
func ownerMoved(ts []token) bool {
	for i := range ts {
		if ts[i].key == "by" && ts[i].role == roleStop {
			return true
		}
	}
	return false
}
