package match

// A school or a building is kept by its initials in a job's name on one list, "Seminole County
// Public Schools:0241 LMHS Chiller", and by its words on the other, "Lake Mary High School Chiller
// Replacement". The initials share no letters with the words, so the trigram search does not
// bring the two together; the candidate search therefore also looks the jobs up by the initials
// their names are written with, against the initials of each run of words of the Procore name.
// The whole-name comparison then decides (whole.go, schoolinitials.go, acronym.go).

// minJobInitials and maxJobInitials bound the initials worth looking up: two letters are too many
// things', more than six a code's.
const (
	minJobInitials = 3
	maxJobInitials = 6
)

// jobInitialsIndex finds the jobs by the initials in capitals their own names have, and by the
// project numbers they carry (numberjob.go).
type jobInitialsIndex struct {
	byInitials map[string][]int32
	byNumber   map[string][]int32 // by the project numbers their own names carry (numberjob.go)
}

func newJobInitialsIndex(entries []prepared) jobInitialsIndex {
	ix := jobInitialsIndex{byInitials: map[string][]int32{}, byNumber: jobsByNumber(entries)}
	for id := range entries {
		e := &entries[id]
		if e.parent == "" {
			continue
		}
		for j := range e.toks {
			t := &e.toks[j]
			if t.acronym && !t.customer && len(t.runes) >= minJobInitials && len(t.runes) <= maxJobInitials {
				ix.byInitials[t.key] = append(ix.byInitials[t.key], int32(id))
			}
		}
	}
	return ix
}

// candidates appends the jobs whose initials are those of a run of q's words, as candidates worth
// comparing whole.
func (ix jobInitialsIndex) candidates(q *prepared, hits []hit) []hit {
	hits = numberCandidates(ix.byNumber, q, hits) // "Sac Area Sewer District:24-117" (numberjob.go)
	if len(ix.byInitials) == 0 {
		return hits
	}
	var letters [maxJobInitials]rune
	for i := range q.toks {
		n := 0
		for k := i; k < len(q.toks) && n < maxJobInitials; k++ {
			t := &q.toks[k]
			if t.num != "" || t.qual || len(t.runes) == 0 || t.role == roleStop && t.key != "school" {
				break // "School" after a level is the S of HS
			}
			letters[n] = t.runes[0]
			n++
			if n < minJobInitials {
				continue
			}
			for _, id := range ix.byInitials[string(letters[:n])] {
				hits = append(hits, hit{idx: id, kind: kindFuzzy, dice: wholeDice})
			}
		}
	}
	return hits
}
