package match

// A firm is often kept twice on the QuickBooks list, by its whole name and by one of its places or
// divisions ("Consolidated Elec Dist - Greentech PDX", "CED Vancouver"). When the Procore record's
// phone or street is on one of them and both read as the firm by their names, a bookkeeper takes
// the one with the same phone or street, not the one the words fit a little better: the other is
// a question, whatever its words.

// maxSiblingContactShare is how many QuickBooks records may share the phone or street: more are a
// switchboard or an office building, which says nothing of which record is the firm's.
const maxSiblingContactShare = 2

// contactSibling returns the name of another QuickBooks record, not e, that has q's phone or
// street, no other phone or street than q's, and reads as q's firm by the names; else "".
func (ix *Index) contactSibling(q, e *prepared) string {
	if ix.jobs || q.contact.phone == "" && q.contact.street == "" {
		return ""
	}
	var sc *scratch
	defer func() {
		if sc != nil {
			ix.putScratch(sc)
		}
	}()
	for _, l := range [2][]int32{ix.contacts.byPhone[q.contact.phone], ix.contacts.byStreet[q.contact.street]} {
		if len(l) > maxSiblingContactShare {
			continue
		}
		for _, id := range l {
			o := &ix.entries[id]
			if o.entry.ID == e.entry.ID || o.hasJobs || o.inactive != "" || contactsDiffer(&q.contact, &o.contact) {
				continue
			}
			if sameFirmPart(o.toks, e.toks) {
				continue // branches of equal words tie: breakTieBySign's (branchtie.go)
			}
			if sc == nil {
				sc = ix.getScratch()
			}
			sc.whole = wholeContext{places: ix.places, cities: ix.cities, city: q.contact.city, sc: sc}
			if v := compareWhole(q.toks, o.toks, false, false, &sc.whole); v.same && v.tradeLeft == "" {
				return o.entry.Name
			}
		}
	}
	return ""
}

// contactsDiffer reports a phone or a street on both records that differs.
func contactsDiffer(a, b *contact) bool {
	return a.phone != "" && b.phone != "" && a.phone != b.phone || a.street != "" && b.street != "" && a.street != b.street
}
