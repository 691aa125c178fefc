package match

import "slices"

// A number one name has and the other lacks says another job or office ("Phase 2"), and so do
// two numbers, one on each side, that the comparison set aside: "FDOT District 7" is not the
// Florida Department of Transportation's District 5, whichever words around them are read as
// initials, a branch or an office.

// numbersApart returns a number each name has of its own, set aside by the comparison, as
// written; else "", "".
func numbersApart(q, e *prepared, v *wholeVerdict) (string, string) {
	qn, en := asideNumber(q.toks, v.aside), asideNumber(e.toks, v.aside)
	if qn == "" || en == "" {
		return "", ""
	}
	return qn, en
}

// asideNumber returns a word of ts with a number that the comparison set aside, as written.
func asideNumber(ts []token, aside []string) string {
	for i := range ts {
		if t := &ts[i]; t.num != "" && slices.Contains(aside, t.raw) {
			return t.raw
		}
	}
	return ""
}
