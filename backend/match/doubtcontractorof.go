package match

import "strings"

// A chain's store goes by its town after "of": "Winsupply of Everett", "Lowes of Everett". A
// contractor's name with "of" and a place is as often a firm of its own there, a franchise or a
// namesake incorporated in that town or state: "Cobra Boring of Oklahoma" and "Cobra Boring",
// "Pioneer Roofing of Orlando" and "Pioneer Roofing". When the firm's trade is a contractor's work
// (contractorWork) and one name adds "of" and a place the other lacks, a bookkeeper checks the
// phone or the address before linking.

// contractorOfPlace returns the place a contractor's name gives after "of", which the other name
// lacks (whole.go read it as a branch), when either name has a contractor's work; else "".
func contractorOfPlace(q, e *prepared, v *wholeVerdict) string {
	if v.branchTail == "" {
		return ""
	}
	side := q
	if v.branchQB {
		side = e
	}
	name := strings.ToLower(side.entry.Name)
	at := strings.LastIndex(name, " of ")
	if at < 0 {
		return ""
	}
	tail := wordSet(Normalise(v.branchTail))
	place := strings.Fields(Normalise(side.entry.Name[at+4:]))
	if len(place) == 0 {
		return ""
	}
	for _, w := range place {
		if !tail[w] {
			return ""
		}
	}
	if !hasContractorWork(q.toks) && !hasContractorWork(e.toks) || hasSupplierWord(side.toks) {
		return "" // "Cholla Fence Supply of Tucson" is a supply house's store
	}
	return strings.TrimSpace(side.entry.Name[at+4:])
}

// hasContractorWork reports a word of a contractor's work in a name.
func hasContractorWork(ts []token) bool {
	for i := range ts {
		if contractorWork[ts[i].key] {
			return true
		}
	}
	return false
}

// hasSupplierWord reports a word that makes a firm a supply house: Supply, Wholesale, Rentals.
func hasSupplierWord(ts []token) bool {
	for i := range ts {
		if supplierWords[ts[i].key] {
			return true
		}
	}
	return false
}

// contractorBracketPlace returns the place a contractor's name gives in brackets, which the other
// name lacks ("Apex Sheet Metal (Manchester)", "Apex Sheet Metal"), when either name has a
// contractor's work: a firm of its own in that town as often as a note of the list; else "".
func (ix *Index) contractorBracketPlace(q, e *prepared, v *wholeVerdict) string {
	if v.branchTail == "" || !hasContractorWork(q.toks) && !hasContractorWork(e.toks) {
		return ""
	}
	side := q
	if v.branchQB {
		side = e
	}
	tail := wordSet(Normalise(v.branchTail))
	var place []string
	for i := range side.toks {
		t := &side.toks[i]
		if !tail[t.key] {
			continue
		}
		if !t.bracket || !(ix.placeLike(t.key, Normalise(q.contact.city)) || bigCities[t.key]) {
			return "" // "(MBE)" is a note of the list
		}
		place = append(place, t.raw)
	}
	return strings.Join(place, " ")
}
