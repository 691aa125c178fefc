package match

// A project manager names a project after its owner's full name ("Kestrel Memorial Institute
// Lab 4 Exhaust") where the bookkeeper keeps the customer by its short name ("Kestrel:Lab 4
// Exhaust"), as the customer may be left out of the project's name altogether (whole.go). The
// words between the customer's name and the job's are the rest of the owner's name.

// maxOwnerRest is how many words of the owner's name the project may add after the customer's.
const maxOwnerRest = 3

// ownerNameRest reports that t, left over in the Procore name q, is one of a few words that
// follow the words paired with the whole QuickBooks customer and come before the words paired
// with the job's: "Memorial Institute" of "Kestrel Memorial Institute Lab 4 Exhaust" against
// "Kestrel:Lab 4 Exhaust".
func ownerNameRest(q []token, qp []paired, e []token, ep []paired, t *token) bool {
	at := tokenAt(q, t)
	if at < 1 || t.num != "" || t.qual || t.role != roleCore {
		return false
	}
	for j := range e {
		if e[j].customer && e[j].first {
			return false // a private client's name has no more words: "Okonkwo Detached Garage"
		}
		if e[j].customer && e[j].role == roleCore && ep[j].like == unlike {
			return false // the customer's whole name must be in the project's
		}
	}
	// Back over the run of words left over to a word paired with the customer.
	start := at
	for start > 0 && qp[start-1].like == unlike {
		start--
	}
	if start == 0 || !e[qp[start-1].at].customer || qp[start-1].like != sameWord {
		return false
	}
	// On to a word paired with the job's own.
	end := at
	for end+1 < len(q) && qp[end+1].like == unlike {
		end++
	}
	if end+1 >= len(q) || e[qp[end+1].at].customer {
		return false
	}
	return end-start+1 <= maxOwnerRest
}
