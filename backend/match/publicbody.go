package match

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
	management services service office offices billing`)

// publicBodyWords start or carry a public body's name: "Town of Apex", "Greenville Utilities".
var publicBodyWords = wordSet(`city town county village state township borough utilities commission`)

// publicBody reports that the two names are a public body's, by a word of publicBodyWords that
// both have and that is paired.
func publicBody(q []token, qp []paired, e []token) bool {
	for i := range q {
		if qp[i].like == sameWord && publicBodyWords[q[i].key] && publicBodyWords[e[qp[i].at].key] {
			return true
		}
	}
	return false
}

// officeWord reports that t, a word left over, only says the name is an office of a public body.
func officeWord(t *token) bool {
	return officeWords[t.key] && t.num == ""
}
