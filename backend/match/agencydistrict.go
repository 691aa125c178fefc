package match

// A state agency's district office is named for its town: "TxDOT Dallas District" on one list,
// "Texas Dept of Transportation - Dallas" on the other, the town a note after a dash. "District"
// after the town then says what the town is to the agency, not which agency, and is set aside
// when the agency is read from its initials and every word of the other name is paired.

// districtOfPlace reports that t, left over in ts, is "District" after a town that is a note of
// o (placeDistrict), in a name whose initials were read against o ("TxDOT", Texas Dept of
// Transportation), with every word of o paired.
func districtOfPlace(ts []token, ps []paired, t *token, o []token, op []paired) bool {
	at := tokenAt(ts, t)
	if at < 0 || !placeDistrict(ts, ps, o, at) {
		return false
	}
	initials := false
	for i := range ts {
		initials = initials || ps[i].like == initialsOf && ts[i].acronym
	}
	if !initials {
		return false
	}
	for i := range o {
		if op[i].like == unlike && o[i].role != roleStop {
			return false
		}
	}
	return true
}

// placeDistrict reports that ts[i] is "District" right after a word paired with a note of o, a
// word after a dash or in brackets: "Dallas District" against "… - Dallas". pairInitials leaves
// it out of the words the initials must account for.
func placeDistrict(ts []token, ps []paired, o []token, i int) bool {
	return ts[i].key == "district" && ts[i].num == "" && i > 0 && ps[i-1].like == sameWord &&
		o[ps[i-1].at].qual && !o[ps[i-1].at].ofTail
}
