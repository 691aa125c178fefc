package match

// A state agency bills from its regional offices, and the list keeps the office by its number
// after the agency's initials: "CDOT Region 1", "ODOT District 6". The other list writes the
// agency out, "Colorado Department of Transportation", without the office. The office's label
// and number are then like a branch of a firm (branch.go): the same agency at one of its
// places. Two offices of one agency on the list tie, and neither is linked in one click.

// officeLabels name an agency's regional office before its number.
var officeLabels = wordSet(`region district division area zone`)

// agencyOffice reports that t is the label or the number of an agency's regional office at the
// end of a name that is otherwise the agency's initials: "Region" and "1" of "CDOT Region 1".
func agencyOffice(ts []token, t *token) bool {
	own := ownWords(ts, func(int) bool { return true })
	if len(own) == 4 && stateWord(&ts[own[0]]) {
		own = own[1:] // "Mass DOT District 6": the state before the initials (stateagency.go)
	}
	if len(own) != 3 {
		return false
	}
	acr, label, num := &ts[own[0]], &ts[own[1]], &ts[own[2]]
	return acr.acronym && len(acr.runes) >= 3 && officeLabels[label.key] && num.num != "" && !num.code &&
		len(num.num) <= 2 && (t == label || t == num)
}
