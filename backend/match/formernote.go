package match

// A building renamed keeps its old name in a note for a while: "APS Midtown HS (fka Grady)
// Science Labs" is the job "Atlanta Public Schools:Midtown HS Science Labs". The words of the
// note ("fka Grady", "formerly Grady") name the same building by its old name, not another
// job, so on the Jobs page they are set aside like a note's. Without "fka" or "formerly" a
// note's words still say which job ("Gym Floor (Bellevue)", whole.go).

// formerNameNote reports that t is a word of a note in ts that gives a former name: it follows a
// "fka" (formerly, f/k/a) in the same note.
func formerNameNote(ts []token, t *token) bool {
	if !t.qual {
		return false
	}
	at := tokenAt(ts, t)
	for i := at; i >= 0 && ts[i].qual; i-- {
		if ts[i].key == "fka" || ts[i].key == "formerly" {
			return true
		}
	}
	return false
}
