package match

import "slices"

// A town, city or county bills a contractor from one of its offices, and the two lists name the
// office differently: "Town of Apex Electric Utilities" and "Town of Apex - Electric", "City of
// Durham Water Management" and "City of Durham - Water", "Greenville Utilities Commission" and
// "Greenville Utilities (GUC)". What says which office it is (Electric, Water) must be on both
// sides; the words that say it is an office of a public body (Utilities, Department,
// Commission, Management) may be on one side only. "City of Raleigh Development Services" and
// "City of Raleigh - Utilities" stay apart: Development is which office, and it is not on the
// other side.

// officeWords say that a name is an office of a public body, not which one.
var officeWords = wordSet(`utilities utility department dept division commission authority
	management services service office offices billing district municipal`)

// publicBodyWords start or carry a public body's name: "Town of Apex", "Greenville Utilities".
var publicBodyWords = wordSet(`city town county village state township borough utilities commission port`)

// publicBody reports that the two names are a public body's, by a word of publicBodyWords that
// both have and that is paired, or by a leading "City of …", "Town of …" on one side whose
// place is paired ("Town of Tarrow - Water & Sewer", "Tarrow Water and Sewer Dept").
func publicBody(q []token, qp []paired, e []token) bool {
	if bodyOfPlace(q, qp, e) {
		return true
	}
	for i := range q {
		if qp[i].like == unlike {
			continue
		}
		o := &e[qp[i].at]
		if qp[i].like == sameWord && publicBodyWords[q[i].key] && publicBodyWords[o.key] ||
			qp[i].like == shortWord && (readsAsBody(&q[i], o) || readsAsBody(o, &q[i])) {
			return true
		}
	}
	return false
}

// readsAsBody reports a short form that reads as the public body's word the other name writes
// out: "Co" of "Delaware Co Regional Sewer" for County.
func readsAsBody(short, long *token) bool {
	return publicBodyWords[long.key] && short.reading != 0 && slices.Contains(readingSets[short.reading], long.key)
}

// officeWord reports that t, a word left over, only says the name is an office of a public body.
func officeWord(t *token) bool {
	return officeWords[t.key] && t.num == ""
}

// bodyPrefix reports that t, left over in ts, is the "City" of a leading "City of …", "Town of
// …", "County of …", or "State of" or "Commonwealth of" a state, followed by two words or more
// paired with the other name: "City of Raleigh Water" is Raleigh Water, the city's utility.
// "Town of Cary" alone is not Cary Electric, nor "County of Durham" the Durham of another list
// (the caller refuses a trade left over too).
func bodyPrefix(ts []token, ps []paired, t *token) bool {
	first := firstOwnWord(ts)
	if first < 0 || &ts[first] != t || first+1 >= len(ts) || ts[first+1].key != "of" {
		return false
	}
	switch t.key {
	case "city", "town", "county", "village":
	case "state", "commonwealth":
		// "Commonwealth of Massachusetts - Dept of Revenue" is the Massachusetts Dept of
		// Revenue; the word after "of" must be a state's name, of one word or two ("State of
		// NJ", read New Jersey).
		if first+2 >= len(ts) || !stateNames[ts[first+2].key] &&
			!(first+3 < len(ts) && stateNamePhrases[ts[first+2].key+"_"+ts[first+3].key]) {
			return false
		}
	default:
		return false
	}
	n := 0
	for i := first + 2; i < len(ts); i++ {
		if tradeWords[ts[i].key] && !officeWords[ts[i].key] {
			return false // "Town of Cary Electric" is the town's, "Cary Electric" a firm's
		}
		// The office may follow a dash: "City of Manchester - Water Works" is Manchester
		// Water Works. Utilities is a public body's office, not a firm's trade: "City of Fort
		// Collins Utilities" is Fort Collins Utilities.
		if ps[i].like != unlike && (ts[i].role == roleCore || ps[i].like == initialsOf) {
			n++
		}
	}
	return n >= 2
}

// leadingBody is the index of the place of a name that starts "City of", "Town of", "Village
// of" or "County of" (the word after "of"), or -1.
func leadingBody(ts []token) int {
	first := firstOwnWord(ts)
	if first < 0 || first+2 >= len(ts) || ts[first+1].key != "of" {
		return -1
	}
	switch ts[first].key {
	case "city", "town", "village", "county":
		return first + 2
	}
	return -1
}

// bodyOfPlace reports that q or e starts "City of", "Town of"… with the place paired.
func bodyOfPlace(q []token, qp []paired, e []token) bool {
	if k := leadingBody(q); k >= 0 && qp[k].like != unlike {
		return true
	}
	k := leadingBody(e)
	for i := range qp {
		if k >= 0 && qp[i].like != unlike && qp[i].at == k {
			return true
		}
	}
	return false
}
