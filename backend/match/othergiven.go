package match

// A homeowner's project named with the owner's first name ("Michael Brennan Kitchen Remodel",
// "Anand Patel Residence") names that person: the customer "Brennan, Kathleen" or "Patel, Raj" is
// another member of the family, or another family of the surname, and the bookkeeper must look.
// The project's word right before the customer's surname, paired with nothing while none of the
// customer's own first names is in the project, is such a first name.

// otherGivenName reports that q names a person before the surname of e's customer, kept surname
// first, whose first names q does not have; it returns that word, or "". own says that e is itself
// such a customer, with no jobs: its first word is the surname and the rest its first names.
func otherGivenName(q []token, qp []paired, e []token, ep []paired, own bool) string {
	first := func(j int) bool { return e[j].first || own && j > 0 && e[j].role != roleStop }
	surname := func(j int) bool { return e[j].customer && !e[j].first || own && j == 0 }
	firsts := false
	for j := range e {
		if first(j) {
			if ep[j].like != unlike {
				return "" // one of the customer's first names is in the project
			}
			firsts = true
		}
	}
	if !firsts {
		return ""
	}
	for i := 0; i+1 < len(q); i++ {
		t, next := &q[i], qp[i+1]
		if qp[i].like != unlike || next.like == unlike || t.role != roleCore || t.num != "" || t.qual || len(t.runes) < 2 {
			continue
		}
		if surname(next.at) && e[next.at].role == roleCore {
			return t.raw
		}
	}
	return ""
}
