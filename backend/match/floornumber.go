package match

import "strings"

// A floor is written by its ordinal or its number: "3rd Floor" is "Level 3", "Floor 3" or "Flr 3",
// and under a building's name often the number alone ("Prentice 4th Floor Nurse Station",
// "Prentice 4 Nurse Station"). The ordinal pairs with the same number when the number is a
// floor's or a bare one, and the word Floor goes with it; a number another label gives ("Building
// 5", "Phase 5") is not a floor.

// floorWords name a floor.
var floorWords = wordSet(`floor flr fl level lvl`)

// pairFloorOrdinals pairs an ordinal followed by a floor's word in a, unpaired, with the same
// number in b, unpaired, that a floor's word or no label stands beside.
func pairFloorOrdinals(a, b []token, ap, bp []paired) {
	for i := 0; i+1 < len(a); i++ {
		if ap[i].like != unlike || !floorWord(&a[i+1]) {
			continue
		}
		n := ordinalNumber(&a[i])
		if n == "" {
			continue
		}
		for j := range b {
			if bp[j].like != unlike || b[j].num != n || !strings.ContainsFunc(b[j].raw, isDigitRune) {
				continue
			}
			before, after := j > 0 && floorWord(&b[j-1]), j+1 < len(b) && floorWord(&b[j+1])
			if !before && !after && j > 0 && (labelWords[b[j-1].key] || unitLabels[b[j-1].key] || labels[b[j-1].key]) {
				break // "Building 5", "Phase 5"
			}
			ap[i] = paired{at: j, like: sameNumber}
			bp[j] = paired{at: i, like: sameNumber}
			if ap[i+1].like != unlike {
				break // the floor's words already paired ("Floor", "Floor 4")
			}
			switch {
			case before && bp[j-1].like == unlike:
				ap[i+1], bp[j-1] = paired{at: j - 1, like: sameWord}, paired{at: i + 1, like: sameWord}
			case after && bp[j+1].like == unlike:
				ap[i+1], bp[j+1] = paired{at: j + 1, like: sameWord}, paired{at: i + 1, like: sameWord}
			default:
				ap[i+1] = paired{at: j, like: sameWord} // the floor of the bare number
			}
			break
		}
	}
}

// floorWord reports a word that names a floor, as written or as read.
func floorWord(t *token) bool {
	return floorWords[t.key] || floorWords[writtenKey(t.raw)]
}

// ordinalNumber is the number of an ordinal written with digits ("3rd") or in words ("Third"),
// or "".
func ordinalNumber(t *token) string {
	if isOrdinal(strings.ToLower(t.raw)) {
		return numKey(strings.TrimRightFunc(t.raw, func(r rune) bool { return !isDigitRune(r) }))
	}
	if o, ok := unitOrdinals[t.key]; ok {
		return o[:1]
	}
	return ""
}
