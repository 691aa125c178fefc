package match

// Bookkeepers often write a firm's initials before its name, so that the list sorts or reads
// the way the firm is called: "WM - Waste Management", "KWH - Kestrel Waste Haulers". The
// initials restate the name written out after them; they are not a word of another firm's.

// ownInitials reports that t, left over in ts, is a word in capitals that spells the initials
// of the name's other own words, all of them or all but its descriptors.
func ownInitials(ts []token, t *token) bool {
	if !t.acronym || t.qual || len(t.runes) < 2 {
		return false
	}
	others := func(keep func(i int) bool) []int {
		return ownWords(ts, func(i int) bool { return &ts[i] != t && !ts[i].code && ts[i].role != roleTag && keep(i) })
	}
	if spells(t.runes, ts, others(func(int) bool { return true })) || initialsOfTail(ts, t) {
		return true // "WM - Waste Management": the name after the dash (initialstail.go)
	}
	return spells(t.runes, ts, others(func(i int) bool { return ts[i].role != roleDescriptor }))
}
