package match

// A licensed professional's firm carries the principal's credential in its name as the person's
// name does: "Sabal Architects, AIA, P.A." is Sabal Architects PA, "Hollis Engineering, PE" is
// Hollis Engineering. The credential says the firm is run by a licensed architect or engineer,
// not which firm it is, so a list may leave it out; it is set aside only in the name of a firm of
// the profession that grants it.

// professionWords name the licensed professions whose credentials (person.go) a firm writes.
var professionWords = wordSet(`architect architects architecture architectural engineer engineers
	engineering surveyor surveyors surveying accountant accountants accounting cpas planners
	planning consultants consulting`)

// professionFirm reports a name with a word of a licensed profession.
func professionFirm(ts []token) bool {
	for i := range ts {
		if professionWords[ts[i].key] && !ts[i].qual {
			return true
		}
	}
	return false
}
