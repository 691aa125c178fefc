package match

// A project named "BWB - Bellarmine University New Residence Hall" puts a party's initials before
// the owner's name: the general contractor's (Brightwater Builders), under whom the bookkeeper
// keeps the job. The customer with no jobs named as the institution ("Bellarmine University")
// is then not the record: the words after its name would be set aside as the project's
// (institution.go), but initials in capitals before it say whose job it is. Initials the table
// reads as words ("HS") or that stand for the customer's own words are no such party's.

// leadingPartyInitials reports that t, a word of the Procore name q left over against a
// customer with no jobs, is initials in capitals standing before every word paired with the
// customer's name.
func leadingPartyInitials(q []token, qp []paired, t *token) bool {
	if !t.acronym || t.num != "" || len(t.runes) < 2 || t.written != nil {
		return false
	}
	at := tokenAt(q, t)
	if at < 0 {
		return false
	}
	for i := 0; i < at; i++ {
		if qp[i].like != unlike {
			return false // after a word of the customer's: a room's or a program's letters ("STEM")
		}
	}
	for i := at + 1; i < len(q); i++ {
		if qp[i].like != unlike {
			return true
		}
	}
	return false
}
