package match

import "strings"

// A subcontractor's bookkeeper keeps a job under the general contractor who hired the firm
// ("Brasfield & Gorrie:StoneCrest Cath Lab"), while the project manager names the Procore project
// the way the site knows it, by the owner and the job: "TriStar StoneCrest Cath Lab". The
// contractor's name is nowhere in the project's, and the owner's nowhere in the books, so the
// job's own words must carry the match: the project's name is the job's whole name with one or
// two words of the owner's put before it, the customer's words all left out, three words of the
// job's own paired and one of them a name no other record of the list has ("StoneCrest"). A
// customer that is an owner itself (a public body, an institution, a name kept by initials) or
// words before the job's that name one ("Davis Tech Welding Lab Addition" against
// "OWTC:Welding Lab Addition": two colleges) say two owners; a number or letter, more than two
// words, or a job that shares only common words with the project leave the names to the
// bookkeeper too.

// maxOwnerWordsBeforeJob is how many words of the owner's the project may put before the job's.
const maxOwnerWordsBeforeJob = 2

// minJobWordsAfterOwner is how many of the job's own words must be paired.
const minJobWordsAfterOwner = 3

// ownerBeforeJob reports that t, left over in the Procore name q, is one of the words at the
// start of q that come right before the words paired with the job's own, the job's customer
// being named nowhere in q: "TriStar" of "TriStar StoneCrest Cath Lab" against "Brasfield &
// Gorrie:StoneCrest Cath Lab".
func ownerBeforeJob(q []token, qp []paired, e []token, ep []paired, t *token) bool {
	if !ownerPlaceWord(t) || t.customer {
		return false
	}
	end, next, ok := leadingRun(q, qp, ownerPlaceWord) // the run's last word, the first paired word
	if !ok {
		return false
	}
	if end < 0 || next < 0 || end+1 > maxOwnerWordsBeforeJob || !beforeIn(q, t, end) || e[qp[next].at].customer {
		return false
	}
	if !wordBesideInitials(q[:end+1]) && contractorCustomer(e, ep) {
		// "MKB Linden Crest…" under Harrowgate Construction: initials alone may be another
		// contractor's (ownerbeforecontractor.go)
		return false
	}
	for i := 0; i <= end; i++ {
		if ownerBodyWord(&q[i]) || builderKindWords[q[i].key] {
			return false // "Davis Tech" names an owner of its own, "Osgood Residential" another builder: not a contractor's client
		}
	}
	// The customer is a firm named nowhere in the project's name, not an owner itself.
	cust := false
	for j := range e {
		if !e[j].customer || e[j].role == roleStop {
			continue
		}
		if e[j].first || ep[j].like != unlike || e[j].acronym || ownerBodyWord(&e[j]) {
			return false
		}
		cust = true
	}
	if !cust || pairedJobWords(e, ep) < minJobWordsAfterOwner {
		return false
	}
	return uniqueJobName(e, ep)
}

// uniqueJobName reports a name of the job's own, paired as written, that no other record has:
// not a word of the work or of a building.
func uniqueJobName(e []token, ep []paired) bool {
	for j := range e {
		w := &e[j]
		if !w.customer && w.unique && ep[j].like == sameWord && len(w.runes) >= 4 && ownerPlaceWord(w) && !commonJobWord(w.key) {
			return true
		}
	}
	return false
}

// commonJobWord reports a word of the work or of the parts of a building, which many jobs share.
func commonJobWord(k string) bool {
	return tradeWords[k] || lastWorkWords[k] || customerWorkWords[k] || kindOfWorkWords[k] || scopeWords[k] ||
		buildingKindWords[k] || parkedWords[k] || civicFacilityWords[k] || workWords[k]
}

// ownerBodyWord reports a word that says a name is a public body's or an institution's, which
// owns its buildings and is a job's customer itself: "County", "Authority", "University",
// "Hospital", "Church", "Tech".
func ownerBodyWord(t *token) bool {
	k := t.key
	return institutions[k] || institutionWords[k] || ownerKinds[k] != 0 || officeWords[k] || publicBodyWords[k] ||
		separateBodyWords[k] || airportOwnerWords[k] || districtWords[k] || publicOwnerWords[k] ||
		publicOwnerWords[strings.ToLower(t.raw)] // "Tech", read Technologies as a firm's word
}

// publicOwnerWords name owners the lists above leave out.
var publicOwnerWords = wordSet(`housing redevelopment transit tech technical polytechnic
	government federal agency`)

// beforeIn reports that t is one of q[0..end].
func beforeIn(q []token, t *token, end int) bool {
	for i := 0; i <= end; i++ {
		if &q[i] == t {
			return true
		}
	}
	return false
}

// leadingRun finds the run of words at the start of q, before the first word paired with the
// other name, every one of them word's (joining words after the first aside): end is the run's
// last word and next the first paired word (-1 when none). ok is false when a word of the run is
// not word's.
func leadingRun(q []token, qp []paired, word func(*token) bool) (end, next int, ok bool) {
	end, next = -1, -1
	for i := range q {
		if qp[i].like != unlike {
			return end, i, true
		}
		if q[i].role == roleStop && i > 0 {
			continue
		}
		if !word(&q[i]) {
			return end, next, false
		}
		end = i
	}
	return end, next, true
}
