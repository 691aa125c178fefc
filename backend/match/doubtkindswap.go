package match

import "slices"

// Each of two names may add a word of the kind of firm the other leaves out: "Kestrel" and
// "Kestrel Construction Co" are one firm. But when each name has a kind of its own and one of them
// says what the firm does, "Sabine Cable Services" and "Sabine Cable Corporation", "Keller Telecom
// Group" and "Keller Telecom Solutions", the two names describe two firms as often as one: a
// service company beside the contractor, a holding beside its trade. A bookkeeper checks.

// kindsApart returns the descriptor saying what a firm does that one name has and the other,
// which has a descriptor of its own, lacks; else "".
func kindsApart(q, e *prepared, v *wholeVerdict) string {
	qOwn, qKinds, qWork := ownDescriptor(q.toks, v.aside)
	eOwn, eKinds, eWork := ownDescriptor(e.toks, v.aside)
	switch {
	case qOwn == "" || eOwn == "" || qKinds == eKinds:
		return "" // "Contracting" and "Contractors" say the same
	case qWork != "":
		return qWork
	}
	return eWork
}

// ownDescriptor returns a descriptor of ts that the comparison set aside (no counterpart in the
// other name), the kinds of work such descriptors say (tradeDescriptors), and one that says one,
// as written.
func ownDescriptor(ts []token, aside []string) (own string, kinds uint16, work string) {
	for i := range ts {
		t := &ts[i]
		if t.role != roleDescriptor || !slices.Contains(aside, t.raw) || legalWords[t.key] {
			continue
		}
		own = t.raw
		kinds |= tradeDescriptors[t.key]
		if tradeDescriptors[t.key] != 0 && work == "" {
			work = t.raw
		}
	}
	return own, kinds, work
}
