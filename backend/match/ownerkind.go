package match

// The project manager names the owner by its facility where the bookkeeper keeps the owner's
// corporate name: "Parkland Hospital 5th Floor Nurse Call" is the job "Parkland Health:5th Flr
// Nurse Call", "Providence Everett Pavilion HVAC" the job "Providence Regional Med Ctr:Pavilion
// HVAC". The owner's own first word is in both, a word no other record of the list has; the
// words after it in the project's name, before the job's, say which of the owner's places the
// job is at or what the owner calls itself there. ownername.go sets such words aside when the
// customer's whole name is in the project's; this reading asks for the customer's distinctive
// first word as written, two words of the job's own, all of the job's words found, and words
// between that are a town of the lists' addresses or of the same kind as a word of the
// customer's left over: a hospital is a health system's, a campus a university's, a parish a
// diocese's. "Kestrel Park School" is not Kestrel Homes, and in "UN Sparks" the town stands where
// the customer's campus would be.

// maxOwnerPlaceWords is how many words the project may put between the owner's first word and
// the job's.
const maxOwnerPlaceWords = 2

// ownerPlaceWords reports that t, left over in the Procore name q, is one of at most
// maxOwnerPlaceWords words right after the word paired with the QuickBooks customer's first word
// and right before words paired with the job's own: "Hospital" of "Parkland Hospital 5th Floor
// Nurse Call" against "Parkland Health:5th Flr Nurse Call".
func ownerPlaceWords(q []token, qp []paired, e []token, ep []paired, t *token, ctx *wholeContext) bool {
	if !ownerPlaceWord(t) {
		return false
	}
	at := tokenAt(q, t)
	if at < 1 {
		return false
	}
	start, end := at, at
	for start > 0 && qp[start-1].like == unlike {
		start--
	}
	for end+1 < len(q) && qp[end+1].like == unlike {
		end++
	}
	if start == 0 || end+1 >= len(q) || end-start+1 > maxOwnerPlaceWords {
		return false
	}
	for i := start; i <= end; i++ {
		if !ownerPlaceWord(&q[i]) {
			return false
		}
	}
	// The word before is the customer's first own word, one no other record of the list has.
	first := -1
	for j := range e {
		if e[j].customer && e[j].role == roleCore {
			first = j
			break
		}
		if e[j].customer && e[j].role != roleStop {
			return false
		}
	}
	if first < 0 || firstFlagged(e) || !e[first].unique || qp[start-1].at != first || q[start-1].key != e[first].key {
		return false
	}
	// The words between are the owner's town or its kind.
	var kinds uint8
	custPlace := false
	for j := range e {
		if e[j].customer && ep[j].like == unlike {
			kinds |= ownerKinds[e[j].key]
			custPlace = custPlace || ctx.place(e[j].key) || stateWord(&e[j])
		}
	}
	for i := start; i <= end; i++ {
		if ownerKinds[q[i].key]&kinds == 0 && (custPlace || !ctx.place(q[i].key)) {
			return false
		}
	}
	// The words after are the job's own, and two of them at least say which job.
	if e[qp[end+1].at].customer || pairedJobWords(e, ep) < 2 {
		return false
	}
	return true
}

// ownerPlaceWord is a word that may name an owner's place or kind: a word of its own, not a
// number, an ordinal, a letter, a compass point or a label of a part of a site ("Tower", "Wing").
func ownerPlaceWord(t *token) bool {
	if t.role != roleCore || t.num != "" || t.code || t.glued || t.qual || len(t.runes) < 3 {
		return false
	}
	if _, ordinal := unitOrdinals[t.key]; ordinal || compassWords[t.key] || labelWords[t.key] || unitLabels[t.key] {
		return false
	}
	for _, r := range t.raw {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	return true
}

// ownerKinds are words that say what kind of owner a name is, by family: a project may name the
// owner by one word of the family where the customer has another ("Parkland Hospital",
// "Parkland Health").
var ownerKinds = map[string]uint8{
	"hospital": 1, "hospitals": 1, "health": 1, "healthcare": 1, "medical": 1, "clinic": 1,
	"clinics": 1, "memorial": 1, "system": 1, "regional": 1, "center": 1,
	"university": 2, "college": 2, "campus": 2, "school": 2, "schools": 2, "academy": 2, "institute": 2,
	"church": 4, "parish": 4, "cathedral": 4, "diocese": 4, "archdiocese": 4, "basilica": 4,
	"marketplace": 8, "market": 8, "food": 8, "drug": 8, "grocery": 8, "store": 8, "stores": 8,
}
