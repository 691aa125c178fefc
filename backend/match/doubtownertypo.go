package match

// A sole proprietor's firm is named for the owner ("Gregory Pappas Painting", "Pappas, Gregory").
// Surnames a letter apart are often two families' (Papas and Pappas, Nielson and Nielsen): a
// typo is set aside between two firms' names, but between an owner's name and a firm named for a
// person it may be another person, and a bookkeeper checks.

// ownerSurnameSlip returns the two spellings when the names were read as an owner's and the
// owner's firm with a typo set aside; else "".
func ownerSurnameSlip(v *wholeVerdict) string {
	if v.ownerTrade == "" || v.typo[0] == "" {
		return ""
	}
	return v.typo[0] + "\" and \"" + v.typo[1]
}
