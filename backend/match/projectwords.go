package match

// A project number both lists keep says which job it is: the Procore name may add a word or two
// the bookkeeper left out ("24-022 Marrow Peakway Retail Shell", "24-022 Peakway Retail").

// maxProjectNumberWords is how many words a Procore name may add to a job's name when both have
// the same project number.
const maxProjectNumberWords = 2

// sharedProjectNumber reports a project number of four digits or more, written alike or not
// ("24-022", "24022"), that both names have: it says which job, whatever words one list adds.
func sharedProjectNumber(q []token, qp []paired) bool {
	digits := 0
	for i := range q {
		if q[i].num != "" && q[i].code && qp[i].like == sameNumber {
			digits += len(q[i].key)
		}
	}
	return digits >= 4
}
