package match

import "slices"

// One typo in a firm's name is read as the same name ("Neponset Boiler Works", "Neponsett Boiler
// Works"), and each list may add a word of its own to a name ("Repair", "Works"). Both at once
// leave two names that differ by a letter and by a word on each side: "Neponset Boiler Repair"
// and "Neponsett Boiler Works" are two firms of a town as often as one. A bookkeeper checks.

// typoAndWordsApart returns a word each name adds, as written ("Repair" and "Works"), when the
// names also differ by a typo; else "".
func typoAndWordsApart(q, e *prepared, v *wholeVerdict) (string, string) {
	if v.typo[0] == "" {
		return "", ""
	}
	qw, ew := ownAside(q.toks, v.aside), ownAside(e.toks, v.aside)
	if qw == "" || ew == "" {
		return "", ""
	}
	return qw, ew
}

// ownAside returns a word of ts set aside by the comparison that is no legal form, as written.
func ownAside(ts []token, aside []string) string {
	for i := range ts {
		if t := &ts[i]; slices.Contains(aside, t.raw) && !legalWords[t.key] && t.role != roleStop {
			return t.raw
		}
	}
	return ""
}
