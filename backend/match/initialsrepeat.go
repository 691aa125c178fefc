package match

// A body's name may say a word twice ("Hillsborough County Board of County Commissioners"), and
// the other list keeps its office by initials ("Hillsborough County BOCC"). Both Counties were
// paired with the one County of the other name, so the initials found one word short of what
// they spell. A word paired with a counterpart an earlier word already has is free for the
// initials: BOCC reads Board of County Commissioners, the first County staying paired.

// pairInitialsOverRepeat pairs a's one unpaired word written as initials with unpaired words of
// b and a word of b that repeats an earlier one's pairing, when they spell the initials, and
// returns how the initials read, or "".
func pairInitialsOverRepeat(a, b []token, ap, bp []paired) string {
	if !unpairedAcronym(a, ap) {
		return "" // most names: checked without allocating, as every comparison comes here
	}
	acr := -1
	for _, i := range ownWords(a, func(i int) bool {
		return ap[i].like == unlike && !a[i].code && a[i].role != roleDescriptor && a[i].role != roleTag && a[i].role != roleWeak
	}) {
		if acr >= 0 || !a[i].acronym || len(a[i].runes) < 3 {
			return "" // one word written as initials, and nothing else, is left
		}
		acr = i
	}
	if acr < 0 {
		return ""
	}
	repeats := func(j int) bool {
		if bp[j].like != sameWord {
			return false
		}
		for k := 0; k < j; k++ {
			if bp[k].like == sameWord && bp[k].at == bp[j].at {
				return true
			}
		}
		return false
	}
	repeated := false
	words := ofInitialWords(b, func(j int) bool {
		r := repeats(j)
		repeated = repeated || r
		return bp[j].like == unlike || r
	})
	if !repeated || len(words) < 3 || !spellsLoose(a[acr].runes, b, words) {
		return ""
	}
	return pairInitialsWith(a, ap, b, bp, acr, words)
}

// unpairedAcronym reports a word of ts written as initials that found no counterpart.
func unpairedAcronym(ts []token, ps []paired) bool {
	for i := range ts {
		if ts[i].acronym && ps[i].like == unlike {
			return true
		}
	}
	return false
}
