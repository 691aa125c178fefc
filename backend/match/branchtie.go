package match

import "strings"

// Two branches of one firm match the firm's name equally well ("F W Webb - Worcester", "F W Webb
// - Somerville" for "F.W. Webb Company"), and the suggestion is a question. A bookkeeper settles
// it by what the records say beyond the names: the branch with the same phone or street, or the
// branch named for the town the other record's address is in. When exactly one of the records
// tied by name has such a sign, it is the one, and the tie is no tie.

// atHome reports that one name names the town of the other record's address and the other name
// does not: "F W Webb - Worcester" for a record in Worcester.
func atHome(q, e *prepared) bool {
	return q.contact.city != "" && nameHasTown(e.norm, q.contact.city) && !nameHasTown(q.norm, q.contact.city) ||
		e.contact.city != "" && nameHasTown(q.norm, e.contact.city) && !nameHasTown(e.norm, e.contact.city)
}

// nameHasTown reports that the normalised name has the normalised town as whole words.
func nameHasTown(name, town string) bool {
	return strings.Contains(" "+name+" ", " "+town+" ")
}

// tieSign reports what besides the name says m is the record: its phone or street, or its town.
func tieSign(m *match) bool {
	return m.agree.phone || m.agree.address || m.atHome
}

// breakTieBySign moves the one record of those tied with ms[0] (within margin) that has a sign
// to the front, scored just above the others, and reports whether it did. Records whose contact
// differs stay where they are.
func breakTieBySign(ms []match, margin float64) bool {
	if ms[0].kind != kindWhole || !ms[0].whole.same {
		return false
	}
	one, top := -1, ms[0].score
	for i := range ms {
		if top-ms[i].score > margin {
			break
		}
		if ms[i].conf.rank() < Likely.rank() {
			continue
		}
		if tieSign(&ms[i]) {
			if one >= 0 {
				return false
			}
			one = i
		}
	}
	if one < 0 {
		return false
	}
	best := ms[one]
	copy(ms[1:one+1], ms[:one])
	best.score = min(max(best.score, top)+0.001, likelyCeil)
	best.wonTie = true
	ms[0] = best
	return ms[0].score > ms[1].score
}

// wonTieReason says why the record was chosen over the others that match as well.
const wonTieReason = "; of the records that match as well, the only one with this phone, street or town"
