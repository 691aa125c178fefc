package match

import "strings"

// A firm named for its founder is written with his first names in full on one list and as
// initials on the other, neither surname first: "Arthur J. Gallagher & Co" and "AJ Gallagher &
// Co", "William R. Tate Plumbing" and "WR Tate Plumbing". The initials stand for the first name
// and the middle initial (or second first name) that the other name puts right before the same
// surname; any other first name or letter is another person.

// pairPlainGivenInitials pairs initials leading a (2 or 3 letters, "AJ", "A.J.") with the words
// leading b that they spell in order: a common first name, then single letters or first names,
// when the word after each is the surname both names share. It returns the reading for the
// reason, "AJ = Arthur J.", or "".
func pairPlainGivenInitials(a, b []token, ap, bp []paired) string {
	i, j := firstOwnWord(a), firstOwnWord(b)
	if i < 0 || j < 0 || firstFlagged(a) || firstFlagged(b) {
		return ""
	}
	t := &a[i]
	n := len(t.runes)
	if n < 2 || n > 3 || !(t.acronym || t.initial) || t.num != "" || ap[i].like != unlike {
		return ""
	}
	if j+n >= len(b) || i+1 >= len(a) || !commonFirstName(b[j].key) {
		return ""
	}
	words := make([]string, 0, n)
	for k := 0; k < n; k++ {
		w := &b[j+k]
		if bp[j+k].like != unlike || w.role != roleCore || w.num != "" || len(w.runes) == 0 || w.runes[0] != t.runes[k] {
			return ""
		}
		if k > 0 && !(w.single() || w.initial || commonFirstName(w.key)) {
			return ""
		}
		words = append(words, w.raw)
	}
	// The surname after both, paired with each other.
	if s := ap[i+1]; s.like == unlike || s.at != j+n || a[i+1].role != roleCore || a[i+1].num != "" {
		return ""
	}
	ap[i] = paired{at: j, like: initialsOf}
	for k := 0; k < n; k++ {
		bp[j+k] = paired{at: i, like: initialsOf}
	}
	return t.raw + " = " + strings.Join(words, " ")
}
