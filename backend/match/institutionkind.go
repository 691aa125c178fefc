package match

// A customer with no jobs named as an institution may meet a project that adds words to its name
// (institution.go), and the project may leave out what kind of institution it is ("Crossroads
// Fellowship Gym Addition" for "Crossroads Fellowship Church"). But a project that names another
// kind, "St Agnes School Gym" against the customer "St Agnes Church", is another institution of
// the same name: a parish's school is kept as a customer of its own as often as not.

// institutionsDiffer reports that the customer's name e has a word of the kind of institution
// left without a counterpart and the project's name q has another such word left over.
func institutionsDiffer(q []token, qp []paired, e []token, ep []paired) bool {
	eKind := ""
	for j := range e {
		if ep[j].like == unlike && !e[j].qual && institutionWords[e[j].key] {
			eKind = e[j].key
		}
	}
	if eKind == "" {
		return false
	}
	for i := range q {
		if qp[i].like == unlike && !q[i].qual && institutionWords[q[i].key] && q[i].key != eKind &&
			!churchPartOf(eKind, q[i].key, e, ep) { // a church's chapel (churchparts.go)
			return true
		}
	}
	return false
}
