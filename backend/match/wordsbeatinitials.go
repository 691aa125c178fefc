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
