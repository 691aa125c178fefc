package match

import "strings"

// A chain's or a supplier's name in Procore ("United Rentals Trench Safety", "NAPA Auto Parts") and
// the QuickBooks record of the one store or branch the contractor buys from ("United Rentals
// Trench Safety Br 301", "NAPA Auto Parts Mesa Store 118") have every word of the firm's name in
// common, but for a word of the supply trade when the branch keeps the trade ("Granite City
// Electric Supply Co.", "Granite City Electric - Quincy"); what QuickBooks adds is a branch word,
// a store number or a town, nothing of another firm. When only one record of the list is the firm's name with such additions, it is the branch.
// The whole-name rules do not rest on it when the firm's words are on other records of the list
// ("United Rentals Br 794 Grand Prairie"), which are other firms or other divisions. A region in
// brackets after the firm's name ("United Rentals (North America), Inc.") is its legal entity's,
// which every branch belongs to.

// branchOnlyExtra reports that e is q's firm name with only a branch's words added, and that no
// other record of the list starting with the firm's word is.
func (ix *Index) branchOnlyExtra(q, e *prepared) bool {
	k := firstOwn(q.toks)
	if k == "" || k != firstOwn(e.toks) || !addsOnlyBranch(q, e, ix.cities, false) {
		return false
	}
	firm := ix.firstWord.byWord[k]
	if len(firm) > maxSameTownFirm {
		return false
	}
	for _, id := range firm {
		if o := &ix.entries[id]; o.entry.ID != e.entry.ID && addsOnlyBranch(q, o, ix.cities, true) {
			return false // two branches of the firm: markTie's question
		}
	}
	return true
}

// addsOnlyBranch reports that e has every word of q's that tells firms apart, and that what e adds
// holds a branch word, a number or a town and nothing else but small words and kinds of firm.
//
// loose also takes any word after " - " or in brackets for a branch's ("- Waltham", a town the
// lists' addresses may not know): so a rival branch is recognised though it would not be linked.
func addsOnlyBranch(q, e *prepared, cities map[string]bool, loose bool) bool {
	qk, ek := ownKeys(q.toks), ownKeys(e.toks)
	for i := range q.toks {
		t := &q.toks[i]
		if !qk[t.key] || ek[t.key] || t.qual && (countryWords[t.key] || regionWords[t.key]) {
			continue // "(North America)" is the legal entity's
		}
		if storeKinds[t.key] && sharesTrade(qk, ek) {
			continue // "Supply" of "Granite City Electric Supply", the branch keeping "Electric"
		}
		return false // a word of the firm's the branch lacks
	}
	marked := false
	for i := range e.toks {
		t := &e.toks[i]
		if qk[t.key] || t.role == roleStop || t.role == roleDescriptor {
			continue
		}
		if t.num != "" || branchMarkers[t.key] || branchWords[t.key] || cities[t.key] || bigCities[t.key] || (loose || placeAfterStoreNumber(e.toks, i)) && t.qual || stateCodeAfterPlace(e.toks, i, cities) {
			marked = true
			continue
		}
		if i+1 < len(e.toks) && cities[t.key+" "+e.toks[i+1].key] {
			marked = true
			continue
		}
		if i > 0 && cities[e.toks[i-1].key+" "+t.key] {
			continue
		}
		return false
	}
	return marked
}

// sharesTrade reports that two names' own words have a trade word in common.
func sharesTrade(a, b map[string]bool) bool {
	for k := range a {
		if b[k] && tradeWords[k] {
			return true
		}
	}
	return false
}

// branchOnlyCandidates adds the records that start with q's firm word, when few do, and are q's
// firm name with only a branch's words added: the trigram search misses them when the branch's
// words are most of the letters ("United Rentals Br 794 Grand Prairie").
func (ix *Index) branchOnlyCandidates(q *prepared, hits []hit) []hit {
	k := firstOwn(q.toks)
	if l := ix.firstWord.byWord[k]; k != "" && len(l) <= maxSameTownFirm {
		for _, id := range l {
			if addsOnlyBranch(q, &ix.entries[id], ix.cities, false) {
				hits = append(hits, hit{idx: id, kind: kindFuzzy, dice: wholeDice})
			}
		}
	}
	return hits
}

// branchOnlyVerdict is the whole-name verdict of a branch found so.
func branchOnlyVerdict(q, e *prepared) wholeVerdict {
	qk := ownKeys(q.toks)
	var tail []string
	for i := range e.toks {
		if t := &e.toks[i]; !qk[t.key] && t.role != roleStop && t.role != roleDescriptor {
			tail = append(tail, t.raw)
		}
	}
	return wholeVerdict{same: true, quality: branchQuality, branchTail: strings.Join(tail, " "), branchOnly: true}
}
