package match

// A firm kept by its initials with its name after a dash, "WM - Waste Management", has only the
// initials before the dash: the name after it is not a branch or a note but the initials written
// out. When the initials are the name's one word before the dash and the words after it spell
// them, they restate the name as ownInitials says of "KWH - Kestrel Waste Haulers", and "Waste
// Management of Ohio" meets the record by those words.

// initialsOfTail reports that t is a name's only own word before a dash (or brackets) and the
// words of the note after it, joining words and legal forms aside, start with its letters.
func initialsOfTail(ts []token, t *token) bool {
	if !t.acronym || t.qual || len(t.runes) < 2 {
		return false
	}
	var tail []int
	for i := range ts {
		u := &ts[i]
		switch {
		case u == t || u.role == roleStop || legalWords[u.key]:
		case !u.qual || u.customer || u.aux:
			return false // another own word before the dash
		default:
			tail = append(tail, i)
		}
	}
	return spells(t.runes, ts, tail)
}
