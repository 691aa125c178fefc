package match

// More ways the initials of a job's customer are written in a project's name (whole.go's
// customerInitials, ownerinitials.go): with the O of "of", as a city goes by ("COH" for the City
// of Houston, "COSA" for the City of San Antonio), and without the number a district is kept by,
// which the project writes apart after them ("HCMUD 500" for Harris County MUD 500, "WHCMUD 17"
// for West Harris County MUD 17). The number still has to agree, as any number does.

// ofAndNumberInitials lists the initials of the customer's own words with the O of each "of"
// between two of them, and the initials of the words before a number the name ends with, each
// only when it differs from the plain initials.
func ofAndNumberInitials(e []token) []string {
	var withOf, beforeNumber []rune
	of, number := false, false
	for j := range e {
		t := &e[j]
		if !t.customer || t.first {
			continue
		}
		switch {
		case t.key == "of" && len(withOf) > 0:
			withOf = append(withOf, 'o')
			of = true
		case t.role == roleStop:
		case t.num != "":
			number = true
		case number:
			return nil // a word after the number: "District 5 North" is kept by both
		default:
			withOf = append(withOf, wordLettersOrAcronym(t)...)
			beforeNumber = append(beforeNumber, wordLettersOrAcronym(t)...)
		}
	}
	var out []string
	if of && len(withOf) >= 3 {
		out = append(out, string(withOf))
	}
	if number && len(beforeNumber) >= 3 {
		out = append(out, string(beforeNumber))
	}
	return out
}

// wordLettersOrAcronym is a word's letters in initials: an acronym's all ("MUD"), another word's
// first (wordLetters).
func wordLettersOrAcronym(t *token) []rune {
	if t.acronym && len(t.runes) >= 2 && len(t.runes) <= 4 {
		return t.runes
	}
	return wordLetters(t)
}
