package match

// ownerBeforeJob (ownerbeforejob.go) lets a project put one or two words of the owner's before
// a job kept under the contractor, but not words that name an owner body ("Health",
// "University") or its initials, lest two owners be read as one ("Davis Tech Welding Lab" is not
// the OWTC's). When the customer is plainly a general contractor, a firm whose name says it
// builds ("Turner Construction Co", "Brightwater Builders LLC"), it owns no buildings: the
// owner's name before the job is what the site calls the project by, initials or a body's word
// included ("UC Health West Chester Hospital Expansion" against "Turner Construction
// Co:West Chester Hospital Expansion"). The job's own words must all be found as before, three of
// them and one a name no other record has, so the same job under another contractor is as good a
// match and stays a question.

// ownerBeforeContractorJob reports that t, left over at the start of the Procore name q, is one
// of one or two words of the owner's put before the job's words, the job's customer being a
// general contractor, named nowhere in q or after the job's first word.
func ownerBeforeContractorJob(q []token, qp []paired, e []token, ep []paired, t *token) bool {
	if t.customer || !builderFirm(e) {
		return false
	}
	end, next, ok := leadingRun(q, qp, ownerWordOrInitials)
	if !ok {
		return false
	}
	if end < 0 || next < 0 || end+1 > maxOwnerWordsBeforeJob || !beforeIn(q, t, end) || e[qp[next].at].customer {
		return false
	}
	if q[next].raw == q[end].raw {
		return false // one written word read as several ("USD", Unified School District), cut in two
	}
	if !wordBesideInitials(q[:end+1]) {
		return false // "MKB Linden Crest…": initials alone may be another contractor's
	}
	if pairedJobWords(e, ep) < minJobWordsAfterOwner {
		return false
	}
	return uniqueJobName(e, ep)
}

// ownerWordOrInitials reports a word that may be part of an owner's name: a word of a place or
// a name, or initials in capitals ("UC"); not a word of a builder's kind ("Osgood Residential"
// is another builder).
func ownerWordOrInitials(t *token) bool {
	return (ownerPlaceWord(t) || t.acronym && t.num == "" && len(t.runes) >= 2) && !builderKindWords[t.key]
}

// contractorCustomer reports that the job's customer is a firm whose name says it builds, none of
// its words found in the Procore name: "Turner Construction Co" or "Harlow Homes", not "Turner
// Health".
func contractorCustomer(e []token, ep []paired) bool {
	for j := range e {
		t := &e[j]
		if !t.customer || t.role == roleStop {
			continue
		}
		if t.first || ep[j].like != unlike || ownerBodyWord(t) {
			return false
		}
	}
	return customerBuilds(e)
}

// builderFirm reports that the job's customer is a firm whose name says it builds, named in the
// Procore name or not: the customer's words found there come after the job's first word, which
// ownerBeforeContractorJob asks ("UC Health West Chester Hospital Expansion - Turner").
func builderFirm(e []token) bool {
	for j := range e {
		t := &e[j]
		if t.customer && t.role != roleStop && (t.first || ownerBodyWord(t)) {
			return false
		}
	}
	return customerBuilds(e)
}

// customerBuilds reports that the job's customer's name has a word that says it builds:
// Construction, Builders, Contracting, Homes, a firm's "Building".
func customerBuilds(e []token) bool {
	for j := range e {
		t := &e[j]
		if t.customer && (tradeDescriptors[t.key]&1 != 0 && t.key != "general" || buildingFirmWord(e, j) ||
			builderKindWords[t.key] && !anyFirmWords[t.key]) {
			return true
		}
	}
	return false
}

// anyFirmWords are words of builderKindWords that any firm may have: "Harlow Group" need not build.
var anyFirmWords = wordSet(`company companies group building`)

// buildingFirmWord reports "Building" as a firm's word after its own name: "Gilbane Building Co",
// "Skanska USA Building Inc".
func buildingFirmWord(e []token, j int) bool {
	return e[j].key == "building" && j > 0 && e[j-1].customer
}

// wordBesideInitials reports that the words are not initials alone: "UC Health", not "MKB", which
// may as well be another contractor the project is named by.
func wordBesideInitials(ws []token) bool {
	for i := range ws {
		if ws[i].role != roleStop && !ws[i].acronym {
			return true
		}
	}
	return false
}
