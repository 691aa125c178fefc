package match

// "Fireproffing" for "Fireproofing": a doubled letter typed on the wrong letter of the pair's
// neighbour. The one letter that differs repeats its neighbour in both words, the double having
// moved by one place. In a known word of the trades (vocabtypo.go) that is a slip of the finger;
// a letter of another kind written for another is not read so.

// minDoubledSlip is the shortest word in which a moved double is read as a slip.
const minDoubledSlip = 7

// doubledSlip reports that a and b, of one length and differing at at only, each repeat there
// the letter on one side: a's double sits one place off b's.
func doubledSlip(a, b []rune, at int) bool {
	if len(a) != len(b) || len(a) < minDoubledSlip || at <= 0 || at >= len(a) {
		return false
	}
	before := func(w []rune) bool { return w[at] == w[at-1] }
	after := func(w []rune) bool { return at+1 < len(w) && w[at] == w[at+1] }
	return before(a) && after(b) || after(a) && before(b)
}
