package match

// A firm's initials often take in its legal form: "JCI" is Johnson Controls, Inc., "URI" United
// Rentals, Inc., "CMC" Commercial Metals Co, "CEMC" Cumberland Electric Membership Corporation.
// The legal form is set aside before names are compared (legal.go), so its letter is kept on the
// firm's last word (token.legalAfter) and read as one more letter the initials may end with, when
// they spell every other word of the name.

// legalInitialLetters are the letters the legal forms initials take in stand for.
var legalInitialLetters = map[string]rune{
	"inc": 'i', "incorporated": 'i', "co": 'c', "company": 'c', "corp": 'c', "corporation": 'c',
}

// markLegalInitial keeps on ts's last own word the letter of the legal form the name ends with
// (an.dropped, after the words), so initials may take it in.
func markLegalInitial(ts []token, an *analysis) {
	var letter rune
	for _, w := range an.dropped {
		if l, ok := legalInitialLetters[w.key]; ok {
			letter = l
		}
	}
	if letter == 0 {
		return
	}
	for i := len(ts) - 1; i >= 0; i-- {
		if t := &ts[i]; t.role != roleStop && !t.qual && !t.customer && !t.aux {
			t.legalAfter = letter
			return
		}
	}
}

// withLegalInitials adds to a name's initials (acronymKeys) the first letters of its own words
// with its legal form's letter: "jci" for Johnson Controls, Inc., whose "jc" is too short to be
// kept alone.
func withLegalInitials(inits []string, ts []token) []string {
	var letter rune
	for i := range ts {
		if ts[i].legalAfter != 0 {
			letter = ts[i].legalAfter
		}
	}
	if letter == 0 {
		return inits
	}
	var rs []rune
	for _, j := range ownWords(ts, func(j int) bool { return !ts[j].code && ts[j].role != roleTag && ts[j].role != roleDescriptor }) {
		t := &ts[j]
		if t.acronym || t.num != "" || len(t.runes) < 2 || t.initial {
			return inits
		}
		rs = append(rs, t.runes[0])
	}
	if rs = append(rs, letter); len(rs) < 3 || len(rs) > 8 {
		return inits
	}
	return append(inits, string(rs))
}

// pairInitialsWithLegal reads initials in a (one word in capitals, the only word of a's own left)
// as the words of b left over and the letter of b's legal form: "JCI - Seattle Branch" and
// "Johnson Controls, Inc.".
func pairInitialsWithLegal(a, b []token, ap, bp []paired) string {
	left := ownWords(a, func(i int) bool {
		return ap[i].like == unlike && !a[i].code && a[i].role != roleDescriptor && a[i].role != roleTag
	})
	if len(left) != 1 || !a[left[0]].acronym {
		return ""
	}
	acr := a[left[0]].runes
	if a[left[0]].legalAfter == acr[len(acr)-1] {
		return "" // "PSI Inc": the legal form is written out, its letter is not the initials'
	}
	words := ownWords(b, func(j int) bool { return bp[j].like == unlike && b[j].role != roleDescriptor })
	if len(words) < 2 || len(acr) != len(words)+1 || b[words[len(words)-1]].legalAfter != acr[len(acr)-1] {
		return ""
	}
	if !spells(acr[:len(acr)-1], b, words) {
		return ""
	}
	legal := map[rune]string{'i': " Inc", 'c': " Co"}[acr[len(acr)-1]]
	return pairInitialsWith(a, ap, b, bp, left[0], words) + legal
}
