package match

import "strings"

// A firm named for its owner's initials ("RKB Group") and the owner's name kept surname first in
// QuickBooks ("Bartlett, R K") spell the same initials once the name is read in the order it is
// spoken: R K Bartlett. leadingInitials reads names as written; spokenInitials reads a name
// written surname first the other way round.

// spokenInitials returns what leadingInitials returns of a's initials against b read given names
// first, when b is written "Surname, Given"; else "".
func spokenInitials(a, b *prepared) string {
	name := b.entry.Name
	i := strings.IndexByte(name, ',')
	if i <= 0 || strings.Count(name, ",") != 1 {
		return ""
	}
	surname, given := strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+1:])
	if surname == "" || given == "" {
		return ""
	}
	if len(a.an.words) == 0 {
		return ""
	}
	w := a.an.words[0]
	if n := len(w.key); n < 2 || n > 4 || w.raw != strings.ToUpper(w.raw) || !allLetters(w.key) {
		return "" // "Ace" written as a word is no initials
	}
	spoken := analyse(given + " " + surname)
	letters := ""
	for _, v := range spoken.words {
		switch {
		case v.key == "":
		case strings.ContainsAny(strings.TrimSpace(v.raw), " .") && allLetters(v.key) && len(v.key) <= 3:
			letters += v.key // initials written apart, read as one word: "R K"
		default:
			letters += v.key[:1]
		}
	}
	if letters != w.key {
		return ""
	}
	return w.raw + " = " + given + " " + surname
}
