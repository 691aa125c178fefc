package match

import (
	"fmt"
	"slices"
	"strings"
)

// A firm's own words in another order are another firm's name: "River Rock Paving" and "Rock
// River Paving", "Lake Park Builders" and "Park Lake Builders". A person's names come in either
// order ("Smith John", "John Smith"), and the firm's trade or kind may move ("Paving Rock River").
// So on a vendor list a reordering is one-click safe only when the firm's own words keep their
// order, or when the name has no word of a trade or a kind of firm (a person's), or one name
// writes a person's name surname first ("Smith, John Trucking").

// firmWordsReordered reports two names, as their words, of which one has a trade or a kind of
// firm among its words and whose other words they share come in another order.
//
// A public body's word written "City of Tarrow" on one list is "Tarrow City" on the other: it
// moves as freely as a trade, when one name has it before "of".
func firmWordsReordered(a, b []string) bool {
	if sameUnionLocal(a, b) {
		return false // "Local 26 IBEW" is IBEW Local 26 (union.go)
	}
	kind := false
	bodyOf := func(w string) bool {
		if !publicBodyWords[w] {
			return false
		}
		for _, ws := range [2][]string{a, b} {
			if i := slices.Index(ws, w); i >= 0 && i+1 < len(ws) && ws[i+1] == "of" {
				return true
			}
		}
		return false
	}
	own := func(ws []string) []string {
		out := make([]string, 0, len(ws))
		for _, w := range ws {
			switch {
			case tradeWords[w] || descriptorWords[w]:
				kind = true
			case bodyOf(w):
			case !stopWords[w]:
				out = append(out, w)
			}
		}
		return out
	}
	x, y := own(a), own(b)
	if !kind {
		return false
	}
	last := -1
	for _, w := range x {
		at := slices.Index(y, w)
		if at < 0 {
			continue
		}
		if at < last {
			return true
		}
		last = at
	}
	return false
}

// tokenWords lists the keys of a name's own tokens: not a note, a branch or a job's customer.
func tokenWords(ts []token) []string {
	out := make([]string, 0, len(ts))
	for i := range ts {
		if !ts[i].qual && !ts[i].customer && !ts[i].aux {
			out = append(out, ts[i].key)
		}
	}
	return out
}

// surnameFirst reports a name that starts with a surname and a comma: "Smith, John Trucking".
func surnameFirst(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && strings.HasSuffix(f[0], ",") && !firmAfterComma(name[strings.IndexByte(name, ',')+1:]) // unionlist.go
}

// personOrder reports that either name writes a person's name surname first, so that its words
// may come in another order.
func personOrder(q, e *prepared) bool {
	// A surname of two words ("Garcia Lopez, Maria") is marked by its first name's flag.
	return q.personNamed || e.personNamed ||
		firstFlagged(q.toks) && surnameInOrder(q.toks, e.toks) || firstFlagged(e.toks) && surnameInOrder(e.toks, q.toks) ||
		swappedOwner(q.toks, e.toks) || swappedOwner(e.toks, q.toks) // "Asante Kwame" (personswap.go)
}

// Two words that make a place's name together name another place in the other order: "Lake
// Park" and "Park Lake", "Oak Ridge" and "Ridge Oak". So the same words of a job's name in
// another order are the same job ("Phase 2 North Tower", "North Tower Phase 2") unless such a
// pair is turned round.

// placeNameWords are the words place names are made of, two at a time.
var placeNameWords = wordSet(`lake lakes park ridge hill hills crest oak oaks cedar cedars pine pines
	maple elm willow willows birch aspen grove groves view vista river rock stone brook creek glen
	dale field fields spring springs meadow meadows valley bay harbor harbour point pointe mount
	mountain wood woods forest haven shore bluff bluffs canyon mesa summit heights garden gardens
	island isle beach cove falls glade hollow knoll pond prairie ranch bridge water waters fox deer
	eagle hawk`)

// placeNameSwapped finds two words of a that make a place's name, next to each other, that come
// next to each other in b in the other order, and returns them as a has them ("park", "lake"
// for "Park Lake Apartments" and "Lake Park Apartments").
func placeNameSwapped(a, b []string) (x, y string, ok bool) {
	for i := 0; i+1 < len(a); i++ {
		x, y := a[i], a[i+1]
		if x == y || !placeNameWords[x] || !placeNameWords[y] {
			continue
		}
		for j := 0; j+1 < len(b); j++ {
			if b[j] == y && b[j+1] == x {
				return x, y, true
			}
		}
	}
	return "", "", false
}

// placeSwapReason tells the bookkeeper which place's name is turned round; x and y are the words
// as the Procore name has them, written as there.
func placeSwapReason(q *prepared, x, y string) string {
	raw := func(k string) string {
		for _, w := range q.an.words {
			if w.key == k {
				return w.raw
			}
		}
		return k
	}
	a, b := raw(x), raw(y)
	return fmt.Sprintf(", but %q and %q name two places: check it is the same job", a+" "+b, b+" "+a)
}
