package match

// Written words are surer than initials. "Kestrel Mechanical Services" against QuickBooks's
// "Kestrel Mechanical" and "KMS - Tucker": the first has the firm's own words, all but a word of
// the kind of firm; the second has only three letters that any firm of those initials shares.
// So a whole-name match by written words, at most one word aside, is not held to a tie with a
// nearly equal reading by initials: it must still score higher, and the initials are offered
// below it.

// wordsBeatInitials reports a whole-name match by written words (best) that one-click linking
// may take over a nearly equal reading of one name as the other's initials (next).
func wordsBeatInitials(best, next *match) bool {
	return best.kind == kindWhole && best.whole.same && best.whole.initials == "" && len(best.whole.aside) <= 1 &&
		next.kind == kindWhole && next.whole.initials != ""
}

// wordsBeforeInitials puts a whole-name match by written words ahead of a reading by initials
// that scores a little higher ("ADP" and "Di Marco, Tony" for "Anthony DiMarco Plastering": the
// initials pair every word, the person's name a short first name), so that the tie rule sees the
// written words first (markTie).
func wordsBeforeInitials(ms []match) {
	if len(ms) < 2 || ms[0].score-ms[1].score > tieMarginWhole || !wordsBeatInitials(&ms[1], &ms[0]) || ms[1].conf != ms[0].conf {
		return
	}
	ms[0], ms[1] = ms[1], ms[0]
	ms[0].score = ms[1].score + initialsBehind
}

// tieMarginWhole is how close a whole-name match may come to the best before the two tie
// (markTie); initialsBehind how far a reading by initials is put behind written words.
const tieMarginWhole, initialsBehind = 0.02, 1e-6
