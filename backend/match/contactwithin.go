package match

import "strings"

// Two records at the same phone and the same street whose names share a firm's own word are
// usually a family of firms at one office ("Kestrel Plumbing", "Kestrel Mechanical"), each with
// words of its own. When every word of one name but a person's initials is in the other ("JT
// Morales Concrete", "Morales Concrete Pumping"), the other only says more of the same firm: a
// bookkeeper links them.

// minWithinShared is how many words of a firm's name the two names must share.
const minWithinShared = 2

// nameWithinOther reports that the own words of one name, initials aside, are all words of the
// other's, and that they are at least minWithinShared.
func nameWithinOther(a, b []token) bool {
	return keysWithin(wordsBeyondInitials(a), wordsBeyondInitials(b))
}

// keysWithin reports that the smaller of two names' word sets is all in the other, and holds at
// least minWithinShared words.
func keysWithin(x, y map[string]bool) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) < minWithinShared {
		return false
	}
	for k := range x {
		if !y[k] {
			return false
		}
	}
	return true
}

// wordsBeyondInitials are the keys of a name's own words, leaving out initials written in capitals
// ("JT", "R K").
func wordsBeyondInitials(ts []token) map[string]bool {
	out := ownKeys(ts)
	for i := range ts {
		r := ts[i].raw
		if len(r) <= 3 && r == strings.ToUpper(r) && allLetters(ts[i].key) && !tradeWords[ts[i].key] {
			delete(out, ts[i].key)
		}
	}
	return out
}
