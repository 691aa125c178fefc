package match

import (
	"strings"
	"unicode"
)

// Utilities and carriers write their initials with "&" inside, unspaced: "AT&T", "PSE&G" (Public
// Service Electric & Gas), "JCP&L" (Jersey Central Power & Light), "PG&E". The other list
// often drops the "&" ("ATT", "PSEG") or writes the words out. Such a word is its letters, one
// set of initials, where "J & R" or "P&H" of single letters stay as joinLetters and
// ampersandJoined read them.

// joinCapitalsAmp merges, in raws as splitRaw cut name, capitals on both sides of an unspaced
// "&" that begin the name into one word of initials when one side has two letters or more. After
// a word ("Worcester DPW&P") they are an office's initials and a word's letter, "DPW & Parks".
func joinCapitalsAmp(raws []string, name string) []string {
	for i := 0; i == 0 && i+2 < len(raws); i++ {
		x, y := raws[i], raws[i+2]
		if raws[i+1] != "&" || !allCapitals(x) || !allCapitals(y) || len(x) < 2 && len(y) < 2 || len(x)+len(y) > 6 ||
			!strings.Contains(name, x+"&"+y) {
			continue
		}
		raws[i] = x + y
		raws = append(raws[:i+1], raws[i+3:]...)
	}
	return raws
}

// allCapitals reports a word of capital letters only.
func allCapitals(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsUpper(r) })
}
