package match

import "slices"

// A public owner's job is named for the work ("2026 Sidewalk Program"), and neighbouring towns and
// counties let the same work each year: "Hudson County Sidewalk Program 2026" is not the City of
// Newark's "2026 Sidewalk Program", nor "ADA Ramps 2026 - Littleton" the City of Englewood's. When
// the QuickBooks customer is a public body and the words the project adds name another body or
// town, the job is another owner's as likely as this one's: a bookkeeper checks.

// otherPublicOwner returns the words of the project that name a town or a public body the job's
// customer, a public body, is not; else "".
func (ix *Index) otherPublicOwner(q, e *prepared, v *wholeVerdict) string {
	if e.parent == "" || len(v.aside) == 0 {
		return ""
	}
	body := false
	custKeys := map[string]bool{}
	for i := range e.toks {
		if t := &e.toks[i]; t.customer {
			body = body || bodyKindWords[t.key]
			custKeys[t.key] = true
		}
	}
	if !body || sharesProjectNumber(q, e) {
		return "" // the same project number says which owner's job (numberjob.go)
	}
	city := Normalise(q.contact.city)
	for i := range q.toks {
		t := &q.toks[i]
		if custKeys[t.key] || !slices.Contains(v.aside, t.raw) || t.num != "" {
			continue
		}
		if bodyKindWords[t.key] || ix.placeWord(t.key, city) && !custKeys[t.key] {
			return t.raw
		}
	}
	return ""
}
