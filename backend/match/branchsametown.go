package match

import "strings"

// A supplier with several branches in the QuickBooks list ("Mayer Electric - Waco", "Mayer
// Electric - Arlington", "Mayer Electric Supply - Dallas Br") is not one firm name the whole-name
// rules can rest on: its words are on many records. A Procore name that gives the firm and a town
// ("Mayer Electric Dallas") still points at one of them when exactly one record of the firm names
// that town and the two names differ otherwise only by the trade, a kind of firm, a branch word or
// a branch number: the bookkeeper's branch in that town. So does a firm's name at an address in a
// town one record of the firm is named for ("Mayer Electric Supply Co., Inc." in Arlington,
// "Mayer Electric - Arlington").

// maxSameTownFirm is how many QuickBooks names may start with the firm's word for the branches to
// be told apart by their towns; more are a common word's, not one firm's.
const maxSameTownFirm = 8

// sameTownBranch returns the town, as e's name writes it normalised (in full or short: townshort.go), when e is the only record of
// q's firm named for the town q names and nothing else tells the names apart; else "".
func (ix *Index) sameTownBranch(q, e *prepared) string {
	k := firstOwn(q.toks)
	if k == "" || k != firstOwn(e.toks) {
		return ""
	}
	town := namedTown(q.toks, k, ix.cities)
	if town == "" {
		town = q.contact.city // "Mayer Electric Supply Co., Inc." at an address in Arlington
	}
	if town == "" {
		return ""
	}
	written := town
	if !nameHasTown(e.norm, town) {
		if written = townWritten(e.toks, town); written == "" {
			return "" // nor written short: "Colo Springs" (townshort.go)
		}
	}
	firm := ix.firstWord.byWord[k]
	if len(firm) > maxSameTownFirm {
		return ""
	}
	for _, id := range firm {
		if o := &ix.entries[id]; o.entry.ID != e.entry.ID && (nameHasTown(o.norm, town) || townWritten(o.toks, town) != "") {
			return "" // two records of the firm in that town
		}
	}
	tw := wordSet(town + " " + written)
	qTrades, qOK := branchWordsLeft(q.toks, e.toks, tw)
	eTrades, eOK := branchWordsLeft(e.toks, q.toks, tw)
	if !qOK || !eOK || qTrades > 0 && eTrades > 0 {
		return "" // "Harlan Steel Erectors" and "Harlan Electric Supply": two trades, two firms
	}
	if qTrades == 0 && eTrades > 0 && divisionTradeOnly(e.toks, q.toks) {
		return "" // "Ferguson HVAC #3281 Louisville", a division's store (branchdivisiontown.go)
	}
	return written
}

// namedTown returns a town of the lists' addresses (of one or two words) or a big city that ts
// names after the firm's word k, or "".
func namedTown(ts []token, k string, cities map[string]bool) string {
	seen := false
	for i := range ts {
		if !seen {
			seen = ts[i].key == k
			continue
		}
		if i+1 < len(ts) {
			if two := ts[i].key + " " + ts[i+1].key; cities[two] {
				return two
			}
		}
		if cities[ts[i].key] || bigCities[ts[i].key] {
			return ts[i].key
		}
	}
	return ""
}

// branchWordsLeft reports that every word of ts that other lacks, apart from the town's, is a
// trade, a kind of firm, a branch word or number, or a small word (ok), and counts the trades.
func branchWordsLeft(ts, other []token, town map[string]bool) (trades int, ok bool) {
	keys := ownKeys(other)
	for i := range ts {
		t := &ts[i]
		if keys[t.key] || town[t.key] || t.role == roleStop || t.role == roleDescriptor || t.role == roleTag {
			continue
		}
		if tradeWords[t.key] || storeKinds[t.key] {
			trades++
			continue
		}
		if t.num != "" || branchMarkers[t.key] || branchWords[t.key] {
			continue
		}
		return 0, false
	}
	return trades, true
}

// sameTownVerdict is the whole-name verdict of a branch found by its town: the firm's place.
func sameTownVerdict(e *prepared, town string) wholeVerdict {
	tw := wordSet(town)
	var raw []string
	for i := range e.toks {
		if tw[e.toks[i].key] {
			raw = append(raw, e.toks[i].raw)
		}
	}
	return wholeVerdict{same: true, quality: branchQuality, branchTail: strings.Join(raw, " "), sameTown: true}
}
