package match

// A firm that does two trades is kept by both on one list and by one on the other: "Harlan
// Drywall & Acoustics LLC" and "Harlan Drywall", "Vogel Carpentry & Millwork" and "Vogel
// Carpentry", "Castleton Caulking & Waterproofing" and "Castleton Waterproofing". secondtrade.go
// sets aside a second word of the same line of work ("Tile & Marble") wherever it is; a second
// trade of its own ("Heating", "Millwork", "Caulking") may also be a sister firm's, so it is set
// aside only when the firm's own words are on no other record of the QuickBooks list, the trade
// both names have is paired, and the other name leaves nothing of its own over. With another
// record of the firm's words ("Harlan Drywall & Acoustics" and "Harlan Acoustics") the pair
// stays a question, as it does unless phone or address agrees (whole.go).

// secondOwnTrade reports that t, a word of ts left over, is a trade joined by "&" to a trade both
// names have, next to it and at the end of the name's own part; other (paired by op) is the
// other name and e (paired by ep) the QuickBooks one.
func secondOwnTrade(ts []token, ps []paired, t *token, other []token, op []paired, e []token, ep []paired) bool {
	at := tokenAt(ts, t)
	if at < 0 || t.qual || t.num != "" || t.role != roleCore || !lineOfWork(t.key) {
		return false
	}
	shared := func(i int) bool {
		return i >= 0 && i < len(ts) && ps[i].like != unlike && lineOfWork(ts[i].key) && !ts[i].qual
	}
	and := func(i int) bool { return i >= 0 && i < len(ts) && ts[i].key == "and" }
	after := at >= 2 && and(at-1) && shared(at-2) && endsOwnPart(ts, at)
	before := at >= 1 && and(at+1) && shared(at+2) && endsOwnPart(ts, at+2) && ps[at-1].like != unlike
	return (after || before) && unpairedOwn(other, op) == 0 && distinctiveFirm(e, ep)
}

// endsOwnPart reports that nothing of the name's own follows ts[i]: only notes, joining words,
// descriptors and tags.
func endsOwnPart(ts []token, i int) bool {
	for k := i + 1; k < len(ts); k++ {
		if r := ts[k].role; !ts[k].qual && r != roleStop && r != roleDescriptor && r != roleTag {
			return false
		}
	}
	return true
}
