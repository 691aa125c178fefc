package match

import "strings"

// A school is often kept by its initials on one list, its town's initials and its level's: "QHS
// Domestic Water" under the City of Quincy is the "Quincy HS - Domestic Water" project, "CCHS
// Athletic Field" the Cherry Creek High School's. The initials pair with the town's words and the
// school's level in the other name ("Quincy High School"), even when the town's words first paired
// with the customer's. The letters must be the words' initials exactly, in order, the level's
// letter and an S last: "NHS" is not "Nashua North High School", nor "QHS" Quincy Middle School.

// schoolInitialsOver pairs a job's initials in capitals ending in a school's level and S ("QHS")
// with the town's words and the level before "School" in the Procore name q, and returns how the
// initials read, for the reason, or "" with the pairs as they were.
func schoolInitialsOver(q, e []token, qp, ep []paired) string {
	for j := range e {
		a := &e[j]
		if ep[j].like != unlike || a.customer || !a.acronym || len(a.runes) < 3 || a.runes[len(a.runes)-1] != 's' {
			continue
		}
		for i := range q {
			if !schoolLevels[q[i].key] || i+1 >= len(q) || q[i+1].key != "school" || q[i+1].role != roleStop {
				continue
			}
			// The town's words: the letters of the initials before the level's.
			n := len(a.runes) - 2
			start := i - n
			if start < 0 || q[i].runes[0] != a.runes[n] {
				continue
			}
			ok := qp[i].like == unlike
			for k := start; k < i && ok; k++ {
				t := &q[k]
				ok = t.role == roleCore && t.num == "" && len(t.runes) >= 2 && !t.qual && t.runes[0] == a.runes[k-start] &&
					(qp[k].like == unlike || e[qp[k].at].customer)
			}
			if !ok {
				continue
			}
			raws := make([]string, 0, n+1)
			for k := start; k <= i+1; k++ {
				if qp[k].like != unlike && ep[qp[k].at].at == k {
					ep[qp[k].at] = paired{at: -1} // the customer's word, left to the initials
				}
				qp[k] = paired{at: j, like: initialsOf}
				if len(raws) == 0 || raws[len(raws)-1] != q[k].raw {
					raws = append(raws, q[k].raw)
				}
			}
			ep[j] = paired{at: start, like: initialsOf}
			return a.raw + " = " + strings.Join(raws, " ")
		}
	}
	return ""
}
