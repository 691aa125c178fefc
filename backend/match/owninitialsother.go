package match

// The initials a bookkeeper writes before a firm's name are those of its whole name, and the
// name after them may be cut to its own words: "HES Harrell Environmental" for "Harrell
// Environmental Services, Inc.". The initials' first letters spell the name's own words, the
// rest the words of its kind the other list writes out and this one leaves out.

// ownInitialsWithOther reports that t, a word in capitals left over in ts, spells the initials of
// ts's other own words followed by those of the other name's descriptors left over, in order.
func ownInitialsWithOther(ts []token, t *token, other []token, op []paired) bool {
	if !t.acronym || t.qual || len(t.runes) < 3 {
		return false
	}
	own := ownWords(ts, func(i int) bool { return &ts[i] != t && !ts[i].code && ts[i].role != roleTag })
	if len(own) < 2 || len(own) >= len(t.runes) || !spells(t.runes[:len(own)], ts, own) {
		return false
	}
	var rest []int
	for j := range other {
		if op[j].like == unlike && other[j].role == roleDescriptor && !other[j].qual {
			rest = append(rest, j)
		}
	}
	return spells(t.runes[len(own):], other, rest)
}
