package match

// The same firm is often kept with its phone on one list and its street on the other, or with a
// remit-to phone only: "Wesco Anixter Irving" and "Anixter - Irving" at one phone in Irving,
// "Sunbelt Rentals" and "Sunbelt Rentals PC 811 Orem" at one phone. When every own word of one
// name is in the other, at least two of them, the phone or the street agrees and is no other
// QuickBooks record's, and nothing of the contacts differs, not even the town or the ZIP where
// both give one, the longer name only says more of the same firm. A family of firms at one office
// has words of its own on both sides ("Kestrel Plumbing", "Kestrel Mechanical"; a person's
// initials and a trade's kind, "JT Harlow Concrete", "Harlow Concrete Pumping") and needs both
// the phone and the street (contactwithin.go), or stays with the name rules.

// oneContactWithin reports that one agreeing part of the contacts and a name within the other
// make q and e the same firm (linkByContact has checked that the phone or street is unique and
// that neither differs).
func oneContactWithin(q, e *prepared, g agreement) bool {
	if !(g.phone || g.address) || !ownWordsWithin(q.toks, e.toks) {
		return false
	}
	a, b := &q.contact, &e.contact
	if a.city != "" && b.city != "" && !sameTown(a.city, b.city) {
		return false
	}
	return a.zip == "" || b.zip == "" || a.zip == b.zip
}

// ownWordsWithin reports that the own words of one name, initials included, are all words of the
// other's, and that they are at least minWithinShared.
func ownWordsWithin(a, b []token) bool { return keysWithin(ownKeys(a), ownKeys(b)) }

// oneContactWithinReason says why, for the bookkeeper.
const oneContactWithinReason = "Same phone or street in the same town, and every word of one name is in the other: the same firm"
