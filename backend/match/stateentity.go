package match

import (
	"slices"
	"strings"
)

// A firm that works in several states keeps an entity for each, named for the state after "of":
// "Brown & Brown of Ohio", "Republic Services of Florida, LP", "Bay Insulation of Washington".
// The other list keeps the firm by its trade or one of its branches ("Brown & Brown Insurance -
// Tampa", "Republic Services #0696 Orlando"). The state after "of" is then the firm's state
// entity, read as a region's name is (branch.go's regionLeft, "Carrier Enterprise Northeast"),
// not a place of its own that contradicts the branch. A state written in the name otherwise
// ("Lumbee NE Insulation of Maine" beside a region, "Maine Steel") is left as it was.

// stateEntity reports that t is a US state written out after a trailing "of" that ends the name
// ("Brown & Brown of Ohio", "Winsupply of Ohio").
func stateEntity(t *token) bool {
	return (t.ofTail || t.ofPlace) && stateNames[t.key]
}

// twoEntities returns the state of one name's entity when the other name ends with "of" and a
// place of its own too ("Lumbee Insulation of New England", "Lumbee NE Insulation of Maine"):
// two entities of the firm, which a bookkeeper checks; else "".
func twoEntities(q, e *prepared) string {
	if !hasOfTail(q.toks) || !hasOfTail(e.toks) {
		return "" // most names: no allocation
	}
	qt, et := ofTailKeys(q.toks), ofTailKeys(e.toks)
	if !ownWord(qt, et) || !ownWord(et, qt) {
		return "" // one entity's words, and perhaps a number ("Blue Stakes of Utah 811")
	}
	for _, ts := range [2][]token{q.toks, e.toks} {
		for i := range ts {
			if stateEntity(&ts[i]) {
				return ts[i].raw
			}
		}
	}
	return ""
}

// ownWord reports that the words a have a word, not a number, that b lacks.
func ownWord(a, b []string) bool {
	for _, w := range a {
		if !strings.ContainsFunc(w, isDigitRune) && !slices.Contains(b, w) {
			return true
		}
	}
	return false
}

// ofTailKeys lists the words of a name's end after a trailing "of", as keys, a state's code or
// short form read as the state ("of OH" is "of Ohio").
func ofTailKeys(ts []token) []string {
	var s []string
	for i := 0; i < len(ts); i++ {
		t := &ts[i]
		if !(t.ofTail || t.ofPlace) || t.role == roleStop || legalWords[t.key] {
			continue
		}
		k := t.key
		if state, ok := stateByCode[k]; ok {
			k = state
		}
		for _, r := range readingSets[t.reading] {
			if stateNames[r] {
				k = r
			}
		}
		if i+1 < len(ts) && ts[i+1].key == "city" && stateNames[k] {
			k += " city" // "Kansas City" is a city, not the state (Blue Cross Blue Shield of Kansas City)
			i++
		}
		s = append(s, k)
	}
	return s
}

// hasOfTail reports a name that ends with "of" and a place.
func hasOfTail(ts []token) bool {
	for i := range ts {
		if ts[i].ofTail || ts[i].ofPlace {
			return true
		}
	}
	return false
}
