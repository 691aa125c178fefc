package match

// QuickBooks keeps a town as "Mesa, City of" or "Gilbert, Town of", written like a person's name
// surname first, and the owner's-firm reading (person.go) may take it for a sole proprietor whose
// firm the other name is: "City of Mesa Fire & Medical" as the City of Mesa's firm with the trade
// "Fire Medical", "Gilbert Town Square Plaza LLC" as Gilbert's with "Square Plaza". A town, a
// city or a county is no person: its departments and the firms named for it are other payees, and
// a bookkeeper checks which.

// bodyAsOwner returns the word of a public body in a name read as an owner's, as written; else "".
func bodyAsOwner(q, e *prepared, v *wholeVerdict) string {
	if v.ownerTrade == "" {
		return ""
	}
	for _, ts := range [][]token{e.toks, q.toks} {
		for i := range ts {
			if bodyKindWords[ts[i].key] {
				return ts[i].raw
			}
		}
	}
	return ""
}
