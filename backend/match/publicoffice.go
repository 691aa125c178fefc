package match

// A county or city is paid its taxes through its tax office, and the two lists name the payee
// either way: "Multnomah County" and "Multnomah County Assessment & Taxation", "County of Bergen"
// and "Bergen County Treasurer", "Jackson County Collector". The words that name the tax office
// may be on one side when the other side is the body itself, as the permitting office's may
// (permitoffice.go). A state's postal code after the body's place ("Jackson County MO Collector",
// "City of Vancouver WA") only says which state's body it is, which the other name leaves out.

// taxOfficeWords name a public body's office that assesses or collects its taxes.
var taxOfficeWords = wordSet(`tax taxes taxation assessment assessor assessors collector
	collectors treasurer treasurers revenue`)

// bodyOfficeWord reports a word of the permitting or the tax office of a public body.
func bodyOfficeWord(t *token) bool {
	return permitOfficeWords[t.key] || taxOfficeWords[t.key]
}

// bodyStateCode reports that t, left over in ts, is a state's postal code in capitals right after
// words paired with the other name, in a name with the kind of a public body paired ("County",
// "City"), and that the other name names no state.
func bodyStateCode(ts []token, ps []paired, t *token, other []token) bool {
	at := tokenAt(ts, t)
	if at < 1 || !stateCode(t) || ps[at-1].like == unlike {
		return false
	}
	kind := false
	for i := range ts {
		kind = kind || bodyKindWords[ts[i].key] && ps[i].like != unlike
	}
	if !kind {
		return false
	}
	for i := range other {
		if stateCode(&other[i]) || stateNames[other[i].key] {
			return false
		}
	}
	return true
}

// officeAgainstTrade reports a public body's office word set aside on one side ("Authority",
// "Commission") while the other adds a trade: "Harlan County Electric" is a firm named for the
// county, not the county's authority.
func officeAgainstTrade(officeLeft bool, dropped *token) bool {
	return officeLeft && dropped != nil
}
