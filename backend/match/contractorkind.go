package match

// A builder goes by its own word and a word of its kind, and the two lists need not choose the
// same kind: the project manager writes "Brookfield Residential - Heritage Lake Vlg 2" where the
// bookkeeper keeps the job under "Brookfield Homes So Cal", as "Ridgeway Builders" and "Ridgeway
// Construction" are one contractor on a site. So a word that says what kind of firm builds, left
// over in the contractor's part of the project's name (the run of words at its start or end that
// pair with the customer's), is set aside: the customer's own word is found beside it, and the
// job's words must all be found as before. The same word among the job's words ("Heritage Lake
// Residential") is no contractor's.

// builderKindWords say what kind of firm builds or develops.
var builderKindWords = wordSet(`residential homes home homebuilders communities builders builder
	construction constructors contracting contractors contractor development developers
	developer companies company building group`)

// contractorKindLeft reports that t, left over in the Procore name q, is a word of a builder's
// kind in the run of words at the start or the end of q that name the job's customer, beside at
// least one word paired with the customer's own (not kind) words.
func contractorKindLeft(q []token, qp []paired, e []token, t *token) bool {
	if !builderKindWords[t.key] || t.customer {
		return false
	}
	at := tokenAt(q, t)
	if at < 0 {
		return false
	}
	inRun := func(i int) bool {
		if q[i].role == roleStop {
			return true
		}
		if qp[i].like == unlike {
			return builderKindWords[q[i].key]
		}
		return e[qp[i].at].customer
	}
	start, end := at, at
	for start > 0 && inRun(start-1) {
		start--
	}
	for end+1 < len(q) && inRun(end+1) {
		end++
	}
	if start > 0 && end+1 < len(q) || start == 0 && end+1 == len(q) {
		return false // in the middle of the name, or the whole of it
	}
	for i := start; i <= end; i++ {
		if qp[i].like != unlike && !builderKindWords[e[qp[i].at].key] && e[qp[i].at].role == roleCore {
			return true // "Brookfield", the customer's own word
		}
	}
	return false
}
