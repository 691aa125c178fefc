package match

// A firm named for its owner, "Travis Pruitt Welding", meets a firm of the surname and the trade,
// "Pruitt Welding & Fab LLC", once the owner's first name is set aside (person.go's
// leadingFirstName). That reading is a guess about the family: the surname's firm may be a
// brother's or a father's. When the QuickBooks list also keeps the owner himself, "Pruitt,
// Travis", a bookkeeper links the firm to the man it is named for, and the surname's firm is only
// a question: the first name the firm gives points at the person's record, not at the other firm.

// ownerOnBooks returns the QuickBooks name of the person the Procore firm q is named for, when
// the verdict v set aside q's leading first name against e and the list holds that person (the
// surname after the first name, and the same first name or its short form, written surname
// first or as a plain two-word name); else "".
func (ix *Index) ownerOnBooks(q, e *prepared, v *wholeVerdict) string {
	if v.givenFirst == "" || ix.jobs || len(ix.bySurname) == 0 {
		return ""
	}
	first := firstOwnWord(q.toks)
	if first < 0 || first+1 >= len(q.toks) || q.toks[first].raw != v.givenFirst {
		return "" // the first name set aside is the QuickBooks name's
	}
	given, surname := q.toks[first].key, q.toks[first+1].key
	for _, id := range ix.bySurname[surname] {
		o := &ix.entries[id]
		if o.entry.ID == e.entry.ID {
			continue
		}
		if personGivenName(o.toks, given) {
			return o.entry.Name
		}
	}
	return ""
}

// personGivenName reports that ts, a person's name, has given (or a short form of it, or a name
// it is the short form of) as a first name: a word marked first ("Pruitt, Travis"), or the
// leading word of a plain name that starts with a common first name ("Travis Pruitt").
func personGivenName(ts []token, given string) bool {
	lead := -1
	if !firstFlagged(ts) && leadingSurname(ts) >= 0 {
		lead = firstOwnWord(ts)
	}
	for i := range ts {
		t := &ts[i]
		if !t.first && i != lead {
			continue
		}
		if t.key == given || sameGivenName(t.key, given) {
			return true
		}
	}
	return false
}
