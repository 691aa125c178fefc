package match

// A firm kept by its initials with its name after a dash, "WM - Waste Management", has only the
// initials before the dash: the name after it is not a branch or a note but the initials written
// out. When the initials are the name's one word before the dash and the words after it spell
// them, they restate the name as ownInitials says of "KWH - Kestrel Waste Haulers", and "Waste
// Management of Ohio" meets the record by those words.

// initialsOfTail reports that t is a name's only own word before a dash (or brackets) and the
// words of the note after it, joining words and legal forms aside, start with its letters; a
// region's word or a point of the compass after them is the firm's region.
func initialsOfTail(ts []token, t *token) bool {
	if !t.acronym || t.qual || len(t.runes) < 2 {
		return false
	}
	var tail []int
	seen := false
	for i := range ts {
		u := &ts[i]
		switch {
		case u == t:
			seen = true
		case u.role == roleStop || legalWords[u.key]:
		case !seen && !u.qual || u.customer || u.aux:
			return false // another own word before the initials
		case !seen:
		default:
			tail = append(tail, i)
		}
	}
	if len(tail) == 0 {
		return false
	}
	qual := false
	for _, i := range tail {
		qual = qual || ts[i].qual
	}
	if !qual && !regionOrCompass(&ts[tail[len(tail)-1]]) {
		return false // no dash and no region: ownInitials reads the words as they are
	}
	// The firm's region may end the note: "WM - Waste Management NW".
	for len(tail) > len(t.runes) && regionOrCompass(&ts[tail[len(tail)-1]]) {
		tail = tail[:len(tail)-1]
	}
	return spells(t.runes, ts, tail)
}

// regionOrCompass reports a word of a region or a point of the compass, as written or read by
// the table ("NW" for Northwest).
func regionOrCompass(t *token) bool {
	return regionWords[t.key] || compassWords[t.key]
}
