package match

// Public housing and schools are often named for a person, with or without the middle initial:
// "Mildred C Hailey Apartments" and "Mildred Hailey Apts". A letter between a first name and the
// surname, both paired with the other name, is that initial and is set aside on the Jobs page, as
// on a vendor list (person.go); a letter before a label of a part of a site ("Grace B Wing") is a
// designator and stays.

// jobMiddleInitial reports that t, left over in the job name ts, is a person's middle initial.
func jobMiddleInitial(ts []token, ps []paired, t *token) bool {
	if t.customer || !middleInitial(ts, ps, t) {
		return false
	}
	for i := 0; i+1 < len(ts); i++ {
		if &ts[i] == t {
			after := &ts[i+1]
			return !labelWords[after.key] && !unitLabels[after.key] && !buildingKindWords[after.key] && !siteKindWords[after.key]
		}
	}
	return false
}
