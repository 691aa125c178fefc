package match

import "strings"

// Two branches of one firm match the firm's name equally well ("F W Webb - Worcester", "F W Webb
// - Somerville" for "F.W. Webb Company"), and the suggestion is a question. A bookkeeper settles
// it by what the records say beyond the names: the branch with the same phone or street, or the
// branch named for the town the other record's address is in. When exactly one of the records
// tied by name has such a sign, it is the one, and the tie is no tie; so it is when every record
// tied but one is a branch named for another town than the other record's address.

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

// awayTown reports that one name ends with a town the other name does not have and the other
// record's address is in another town: "Sunbelt Rentals #1077 Loveland" for a record in Commerce
// City. cities are the towns of the QuickBooks list's addresses.
func awayTown(q, e *prepared, cities map[string]bool) bool {
	return endsAway(e.norm, q.norm, q.contact.city, cities) || endsAway(q.norm, e.norm, e.contact.city, cities)
}

// endsAway reports that name ends with a known town (of one or two words) that other, a name,
// does not have, and city, the other record's town, is known and another.
func endsAway(name, other, city string, cities map[string]bool) bool {
	if city == "" {
		return false
	}
	ws := strings.Fields(name)
	for n := 2; n >= 1; n-- {
		if len(ws) <= n {
			continue
		}
		town := strings.Join(ws[len(ws)-n:], " ")
		if (cities[town] || n == 1 && bigCities[town]) && !nameHasTown(other, town) {
			return !sameTown(city, town)
		}
	}
	return false
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
	near, away := -1, 0 // the one tied record not named for another town, and how many are
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
		switch {
		case ms[i].away:
			away++
		case near >= 0:
			near = -2 // two or more
		case near == -1:
			near = i
		}
	}
	if one < 0 && near >= 0 && away > 0 && onlyNumbersAside(&ms[near].whole) {
		one = near // the others are branches named for another town than the record's
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
const wonTieReason = "; of the records that match as well, the only one with this phone, street or town, or not named for another town"

// onlyNumbersAside reports that what a whole-name match set aside is store or branch numbers only
// ("#512"): a branch that may be in any town, where "Brockton" names one the lists may not know.
func onlyNumbersAside(v *wholeVerdict) bool {
	for _, w := range append(strings.Fields(v.branchTail), v.aside...) {
		if !strings.ContainsFunc(w, isDigitRune) {
			return false
		}
	}
	return true
}
