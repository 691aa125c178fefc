package match

import "strings"

// A firm that writes its initials before its name ("GMS Gypsum Management & Supply") is kept on
// the other list by the initials alone and a branch: "GMS - Tucker". The initials are then the
// words paired, and the words written out after them only restate them: they are read as those
// initials, as the initials are set aside when the other list has the words (ownInitials). The
// name is found by its initials too (ownInitialsKey), as "GMS - Tucker" is indexed by them.

// pairRestatedInitials pairs the words b's own initials stand for ("Gypsum Management & Supply"
// of "GMS Gypsum Management & Supply") with what the initials are paired with in a ("GMS" of
// "GMS - Tucker"), when those words are unpaired, and returns the reading, or "".
func pairRestatedInitials(a, b []token, ap, bp []paired) string {
	if !startsWithInitials(b) {
		return "" // most names: checked without allocating, as every comparison comes here
	}
	own := ownWords(b, func(i int) bool { return !b[i].code && b[i].role != roleTag })
	if len(own) < 3 || !b[own[0]].acronym || bp[own[0]].like == unlike || !ownInitials(b, &b[own[0]]) {
		return ""
	}
	at := bp[own[0]].at
	raws := []string{}
	for _, j := range own[1:] {
		if bp[j].like != unlike {
			return "" // the other name has the words too: ownInitials sets the initials aside
		}
	}
	for _, j := range own[1:] {
		bp[j] = paired{at: at, like: initialsOf}
		raws = append(raws, b[j].raw)
	}
	return b[own[0]].raw + " = " + strings.Join(raws, " ")
}

// ownInitialsKey is the key of a name's own initials written before its name, or "".
func ownInitialsKey(ts []token) string {
	if !startsWithInitials(ts) {
		return ""
	}
	own := ownWords(ts, func(i int) bool { return !ts[i].code && ts[i].role != roleTag })
	if len(own) < 3 || !ts[own[0]].acronym || !ownInitials(ts, &ts[own[0]]) {
		return ""
	}
	return ts[own[0]].key
}

// startsWithInitials reports a name whose first word, joining words aside, is written as initials.
func startsWithInitials(ts []token) bool {
	for i := range ts {
		if ts[i].role == roleStop {
			continue
		}
		return ts[i].acronym
	}
	return false
}
