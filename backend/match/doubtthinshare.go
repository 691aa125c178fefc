package match

import (
	"fmt"
	"strings"
)

// Rules that set words aside add up: a descriptor here, a trade there, a note, initials in a
// bracket. When all they leave the two names in common is one word of their own and three words
// or more were set aside to get there ("Sound Construction Inc", "PSE - Puget Sound Energy"), the
// one word is a namesake's as often as the firm's: one word is not a name, and a bookkeeper
// checks.

// minAsideForThin is how many words set aside make a single shared word too thin to link on.
const minAsideForThin = 3

// thinShare returns the one word of their own two names share, with the count of words set aside,
// when that is all they share and minAsideForThin words or more were set aside; else "".
func thinShare(q, e *prepared, v *wholeVerdict) string {
	if len(v.aside) < minAsideForThin || len(v.abbrevs) > 0 || len(v.givenNames) > 0 || v.ownerTrade != "" ||
		v.branchTail != "" || v.customerOnly || v.branchOnly || v.sameTown || e.parent != "" || namesBranch(q.toks) || namesBranch(e.toks) {
		// A branch's note, a store number, a customer's project words: set aside by rules of
		// their own that say what the words are.
		return ""
	}
	a, b := ownKeys(q.toks), ownKeys(e.toks)
	var shared []string
	for k := range a {
		if b[k] && !tradeWords[k] {
			shared = append(shared, k)
		}
	}
	if len(shared) != 1 {
		return ""
	}
	return fmt.Sprintf("%q, with %s set aside", shared[0], strings.Join(v.aside, ", "))
}
