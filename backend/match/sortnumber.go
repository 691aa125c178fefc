package match

import (
	"strings"
	"unicode"
)

// Bookkeepers sort a vendor they use every week to the top of the list by a number before its
// name, written with a leading zero so that it sorts as text: "01 Bear Lake Builders Supply",
// "002-Kestrel Plumbing". No firm's name starts with a zero, so such a number is read as a star
// is (inactive.go): a sorting mark, matched without it, linked in one click at most as Likely and
// only when no record without the mark matches too.

// sortNumberLen is the length of a leading number of two to four digits starting with 0 and
// followed by a separator and a name with letters, or 0.
func sortNumberLen(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n < 2 || n > 4 || s[0] != '0' || n == len(s) || !isMarkSeparator(rune(s[n])) {
		return 0
	}
	rest := s[n:]
	if !containsLetter(rest) {
		return 0
	}
	return n
}

// sortNumberShown reports a mark, as cutInactive shows it, that is a sorting number alone ("01 …").
func sortNumberShown(shown string) bool {
	num, rest, ok := strings.Cut(shown, " ")
	return ok && rest == "…" && sortNumberLen(num+" x") == len(num)
}

func containsLetter(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLetter)
}
