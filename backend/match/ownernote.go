package match

// A project's name may end with a note naming its owner and the owner's place: "Bldg 3 Hangar
// Doors - JBSA Randolph" is Joint Base San Antonio's job at its Randolph base, "Pharmacy Exhaust -
// Kestrel Health Tarrow" Kestrel Health's at Tarrow. A word left in such a note, beside the
// owner's name or initials, says which of the owner's places; the job's own words say which job.
// A note naming no one the customer is ("Kitchen Remodel - Delgado") stays another job (whole.go).

// maxOwnerNoteWords is how many words a note may keep beside the owner's name.
const maxOwnerNoteWords = 1

// ownerNote reports that t, left over in a note of the Procore name q (after a dash or in
// brackets), sits beside the QuickBooks customer's name or initials (a word paired with the
// customer's first word), the note's only such word: "Fort Hood" is not the USACE Fort Worth
// District for its "Fort".
func ownerNote(q []token, qp []paired, e []token, t *token) bool {
	if !t.qual {
		return false
	}
	plain := *t
	plain.qual = false
	if !ownerPlaceWord(&plain) { // a word of its own, not a number, a letter or a label
		return false
	}
	at := tokenAt(q, t)
	start, end := at, at
	for start > 0 && q[start-1].qual {
		start--
	}
	for end+1 < len(q) && q[end+1].qual {
		end++
	}
	first := -1 // the customer's first word of its own
	for j := range e {
		if e[j].customer && e[j].role == roleCore {
			first = j
			break
		}
	}
	owner, left := false, 0
	for i := start; i <= end; i++ {
		switch {
		case qp[i].like != unlike && qp[i].at == first:
			owner = true
		case qp[i].like == unlike && q[i].role != roleStop:
			left++
		}
	}
	return owner && left <= maxOwnerNoteWords
}
