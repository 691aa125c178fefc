package match

// "Dobson Ranch Welding" and "Dobsen Ranch Welding", "Cedar Hill Trench & Bore" and "Ceder Hill
// Trench & Bore": one vowel written for another in a word of a name that has another word of its
// own, the same on both lists, is a typo. A name of one own word keeps a vowel apart, because
// Anderson and Andersen, Petersen and Peterson are other surnames (wordlike.go); a second word
// of the name ("Ranch", "Hill") that both lists write alike says which firm it is. In words
// shorter than five letters a lone vowel makes another word (Hill, Hall; Mill, Mall), so there
// only a vowel of a pair counts ("Longs Peek Plumbing" for Peak).

// minVowelSlip is the shortest word in which one vowel for another is read so; minPairedVowelSlip
// the shortest in which a vowel beside another vowel is.
const (
	minVowelSlip       = 5
	minPairedVowelSlip = 4
)

// pairVowelSlip pairs a word of a left over with a word of b left over that differs from it by
// one vowel, not the first letter, when a has another own word paired as written.
func pairVowelSlip(a, b []token, ap, bp []paired) {
	for i := range a {
		t := &a[i]
		if ap[i].like != unlike || !vowelSlipWord(t) || !otherOwnWordPaired(a, ap, i) {
			continue
		}
		for j := range b {
			if bp[j].like == unlike && vowelSlipWord(&b[j]) && oneVowelApart(t.runes, b[j].runes) &&
				(len(t.runes) >= minVowelSlip || vowelBeside(t.runes, b[j].runes)) {
				ap[i] = paired{at: j, like: slip}
				bp[j] = paired{at: i, like: slip}
				break
			}
		}
	}
}

// vowelSlipWord reports a word of the name itself: no number, note, first name or known word.
func vowelSlipWord(t *token) bool {
	return t.role == roleCore && t.num == "" && !t.qual && !t.first && !t.initial && len(t.runes) >= minPairedVowelSlip &&
		!vocabulary[t.key]
}

// otherOwnWordPaired reports a word of ts other than at, of the name itself (no trade, kind of
// firm, number or first name), paired as written with the other name.
func otherOwnWordPaired(ts []token, ps []paired, at int) bool {
	for i := range ts {
		t := &ts[i]
		if i != at && ps[i].like == sameWord && t.role == roleCore && t.num == "" && !t.qual && !t.first &&
			len(t.runes) >= 3 && !vocabulary[t.key] {
			return true
		}
	}
	return false
}

// oneVowelApart reports two words of the same length that differ in one letter, not the first,
// a vowel on both sides.
func oneVowelApart(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	at := -1
	for k := range a {
		if a[k] != b[k] {
			if at >= 0 {
				return false
			}
			at = k
		}
	}
	return at > 0 && isVowel(a[at]) && isVowel(b[at])
}

// vowelBeside reports that the letter where a and b differ has a vowel next to it on both sides
// of the pair ("ea" of Peak, "ee" of Peek).
func vowelBeside(a, b []rune) bool {
	for k := range a {
		if a[k] != b[k] {
			prev := k > 0 && isVowel(a[k-1]) && isVowel(b[k-1])
			next := k+1 < len(a) && isVowel(a[k+1]) && isVowel(b[k+1])
			return prev || next
		}
	}
	return false
}
