package match

// A person's legal first name with the name he goes by in brackets: "Nguyen, Thanh (Tom)" in the
// books, from the W-9, and "Tom Nguyen" or "Tom Nguyen Painting" in the directory; or the other
// way round, "Thanh (Tom) Nguyen" against "Nguyen, Tom". The bracket pairs with the other name's
// first name; the legal first name beside it is the same man's, not another word of a firm.

// nicknameInBrackets reports that t, a word of ts left over, is the legal first name of a person
// whose name ts gives a bracketed first name of too, that one paired with the other name's first
// name, and whose surname is paired as well.
func nicknameInBrackets(ts []token, ps []paired, t *token, other []token) bool {
	if t.role != roleCore || t.qual || t.num != "" || len(t.runes) < 2 {
		return false
	}
	lead := firstOwnWord(ts)
	if !(t.first || lead >= 0 && &ts[lead] == t) {
		return false
	}
	nick, surname := -1, false
	for i := range ts {
		u := &ts[i]
		switch {
		case u.bracket && u.role == roleCore && u.num == "":
			if nick >= 0 {
				return false // more than one word in brackets: a note, not a name
			}
			nick = i
		case u != t && !u.qual && !u.first && u.role == roleCore && ps[i].like == sameWord && !vocabulary[u.key]:
			surname = true // a surname, not a word of the trades: "Kestrel (Tom) Painting" is a firm
		}
	}
	if nick < 0 || !surname || ps[nick].like == unlike {
		return false
	}
	o := &other[ps[nick].at]
	otherLead := firstOwnWord(other)
	return o.first || !firstFlagged(other) && otherLead >= 0 && &other[otherLead] == o && commonFirstName(o.key)
}

// nicknameReading is how the reason says it: "Tom = Thanh", the name in brackets first.
func nicknameReading(ts []token, t *token) string {
	for i := range ts {
		if ts[i].bracket && ts[i].role == roleCore {
			return ts[i].raw + " = " + t.raw
		}
	}
	return t.raw
}
