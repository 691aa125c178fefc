package match

// More ways a project names its owner by initials (customerInitials, whole.go):
//   - a word of the owner's name that is itself initials gives all its letters: NYCHA is the NYC
//     Housing Authority, as NCSU is NC State University;
//   - a "University of" a state or town goes by the place's letter before the U: CU is the
//     University of Colorado, KU the University of Kansas.

// moreCustomerInitials lists those readings of a job's customer, beyond customerInitials'.
func moreCustomerInitials(e []token) []string {
	var out []string
	var letters []rune
	expanded := false
	for j := range e {
		t := &e[j]
		if !t.customer || t.role == roleStop || t.first {
			continue
		}
		if t.acronym && len(t.runes) >= 2 && len(t.runes) <= 4 {
			letters = append(letters, t.runes...)
			expanded = true
			continue
		}
		letters = append(letters, wordLetters(t)...)
	}
	if expanded && len(letters) >= 3 {
		out = append(out, string(letters))
	}
	// "University of Colorado …": the place's letter and the U.
	var own []*token
	for j := range e {
		if e[j].customer && !e[j].first {
			own = append(own, &e[j])
		}
	}
	if len(own) >= 3 && own[0].key == "university" && own[1].key == "of" && own[2].role == roleCore && own[2].num == "" {
		out = append(out, string(own[2].runes[:1])+"u")
	}
	return out
}
