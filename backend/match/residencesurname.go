package match

import "strings"

// A homeowner's project is named "Kim Residence Heat Pumps" in Procore and kept under the
// customer "Kim, Daniel" in QuickBooks. A short surname shares too few letters with the project's
// long name for the trigram search to bring the two together, and the project gives no first name
// for the surname search (personindex.go). The word before "Residence" is a surname all the same:
// the QuickBooks names written surname first with that surname are compared whole, and the
// whole-name rules decide (whole.go): "Kim Dental Office Fit-Out" names no residence and is not
// looked up so.

// residenceWords follow a family's surname in a project's name: "Kim Residence", "Ortega Res".
var residenceWords = wordSet(`residence res`)

// maxResidenceNamesakes is how many customers of one surname are worth comparing whole: more make
// the surname a common one, which the trigram search handles as well.
const maxResidenceNamesakes = 8

// residenceCandidates appends the QuickBooks names written surname first whose surname is the word
// before "Residence" in q, on a list of customers and jobs.
func (ix *Index) residenceCandidates(q *prepared, hits []hit) []hit {
	if !ix.jobs || len(ix.bySurname) == 0 || firstFlagged(q.toks) {
		return hits
	}
	for i := 0; i+1 < len(q.toks); i++ {
		t := &q.toks[i]
		if next := &q.toks[i+1]; !residenceWords[next.key] && !residenceWords[strings.ToLower(strings.Trim(next.raw, "."))] || t.role != roleCore || t.num != "" || len(t.runes) < 2 {
			continue
		}
		ids := ix.bySurname[t.key]
		if len(ids) > maxResidenceNamesakes {
			continue
		}
		for _, id := range ids {
			hits = append(hits, hit{idx: id, kind: kindFuzzy, dice: wholeDice})
		}
	}
	return hits
}
