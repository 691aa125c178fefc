package match

// A bookkeeper often keeps a sole proprietor under the owner's name surname first and without
// the comma, "Asante Kwame", while the project team writes the firm as it signs, "Kwame Asante
// Electrical". The first name need not be one of the common US first names (person.go): that the
// two words are the firm's first two in the other order, and the firm's name goes on with its
// trade only, says it. Words of places ("Oak Ridge", "Ridge Oak Electric") or of the trades turned
// round are another firm's name, not a person's.

// swappedOwner reports that short is two plain words that are long's first two in the other
// order, long going on with one or two words of a trade and nothing else.
func swappedOwner(short, long []token) bool {
	s, l := ownWords(short, func(int) bool { return true }), ownWords(long, func(int) bool { return true })
	if len(s) != 2 || len(l) < 3 || len(l) > 4 {
		return false
	}
	for _, i := range s {
		t := &short[i]
		if t.role != roleCore || t.num != "" || t.initial || len(t.runes) < 3 || vocabulary[t.key] ||
			placeNameWords[t.key] || publicBodyWords[t.key] {
			return false
		}
	}
	if long[l[0]].key != short[s[1]].key || long[l[1]].key != short[s[0]].key {
		return false
	}
	for _, i := range l[2:] {
		if !tradeWords[long[i].key] {
			return false
		}
	}
	return true
}
