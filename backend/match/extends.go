package match

import "slices"

// A firm's record in QuickBooks ("Kestrel Supply Inc") is often met in Procore by one of its
// places ("Kestrel Supply - Tacoma", "Kestrel Supply #412"), which the matcher links in one
// click when the firm's name is distinctive (branch.go). But when Procore has two records that
// both extend the firm's name with words of their own and both find the firm's record best
// ("Kestrel Supply - Tacoma", "Kestrel Supply Seattle"), either may be the one: the assignment
// (Assign, and the mapping pages' own) offers the record, but not in one click. Their scores
// need not tie, as a place the lists do not know scores as a resemblance only.

// extendsName reports that every word of e but its descriptors, labels and small words is
// paired with a word of q, and that q has a word of its own besides: q is e's name and more.
func extendsName(q []token, qp []paired, e []token, ep []paired) bool {
	own := func(t *token) bool {
		return t.role != roleStop && t.role != roleDescriptor && t.role != roleTag
	}
	for j := range e {
		if ep[j].like == unlike && own(&e[j]) {
			return false
		}
	}
	for i := range q {
		if qp[i].like == unlike && own(&q[i]) {
			return true
		}
	}
	return false
}

// ExtendsRivals reports whether other, a Procore name that extends the same QuickBooks record as
// name, may be the one instead: unless other holds every word of name ("Kestrel Supply #412
// Tacoma" is "Kestrel Supply #412" at more length, not another place of the firm).
func ExtendsRivals(name, other string) bool {
	a, b := analyse(name), analyse(other)
	if bodyOnlyOver(a, b) {
		return false // "Franklin County Engineer's Office" beside "… Sanitary Engineer" (publicsame.go)
	}
	for _, w := range a.words {
		if !slices.ContainsFunc(b.words, func(x word) bool { return x.key == w.key }) {
			return true
		}
	}
	return false
}

// ExtendsRival is what a suggestion of a record for a Procore name that extends it ("Kestrel
// Supply - Tacoma" for "Kestrel Supply Inc") says when another Procore record, named other,
// extends it too and has it as its best match: another place of the firm, or a sister firm,
// may be the one.
func ExtendsRival(other string) string {
	return "; ambiguous: Procore also has \"" + other + "\", which has the whole of this name in it too"
}
