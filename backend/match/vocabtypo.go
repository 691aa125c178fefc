package match

// A word of the trades' vocabulary is told from a misspelling of it more surely than a name is:
// "Pavin" and "Roofin" have lost a last letter, "Truking" a letter before its K, "Fense" has an S
// for the C, "Lumbar" an A for the E. One letter left out or added anywhere but first, or a vowel
// or a letter of the same sound written for another, is a typo of the known word when the other
// word is not one the tables know: "Printing" is a trade's word as much as "Painting", and a
// letter for a letter of another sound ("Steel", "Stell") is left to the rules for names
// (wordlike.go).

// minVocabTypo is the shortest known word a typo of which is read so.
const minVocabTypo = 5

// vocabEdit reports a known word of five letters or more and a word not known, one letter apart
// as above. The letters are compared first: most pairs of words are not one letter apart, and
// looking words up costs more.
func vocabEdit(a, b []rune) bool {
	if len(a) == 0 || len(b) == 0 || a[0] != b[0] || max(len(a), len(b)) < minVocabTypo {
		return false
	}
	oneApart := false
	switch len(a) - len(b) {
	case 1:
		oneApart = oneLetterMore(a, b)
	case -1:
		oneApart = oneLetterMore(b, a)
	case 0:
		at := onlyDifference(a, b)
		oneApart = at > 0 && (confusable(a[at], b[at]) || doubledSlip(a, b, at)) // "Fireproffing" (doubledslip.go)
	}
	if !oneApart {
		return false
	}
	ka, kb := vocabulary[string(a)], vocabulary[string(b)]
	known := a
	if kb {
		known = b
	}
	return ka != kb && len(known) >= minVocabTypo
}

// oneLetterMore reports that long is short with one letter added, not first.
func oneLetterMore(long, short []rune) bool {
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return i > 0 && equalRunes(long[i+1:], short[i:])
}
