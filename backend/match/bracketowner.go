package match

// A vendor kept under its trade name with the legal name in brackets, "JH Drywall (Hernandez
// Enterprises)", is the firm the other list keeps under the legal name, "Hernandez Enterprises
// LLC": the bracket says whose trade name it is, as a d/b/a does.

// bracketOwner reports that every word of q that says which firm it is, two or more, is a word
// of e's note in brackets, and nothing of q is left over.
func bracketOwner(q []token, qp []paired, e []token) bool {
	n := 0
	for i := range q {
		t := &q[i]
		if t.role == roleStop || t.role == roleTag || t.qual || t.role == roleDescriptor && !inBrackets(e, t.key) {
			continue
		}
		if qp[i].like == unlike || t.num != "" {
			return false
		}
		if !inBrackets(e, t.key) {
			return false
		}
		o := &e[qp[i].at]
		if !o.bracket && !inBrackets(e, o.key) {
			return false
		}
		n++
	}
	if n < 2 && !(n == 1 && parentInBrackets(q, qp, e)) {
		return false
	}
	for j := range e {
		if e[j].bracket && e[j].role == roleCore && !tokensHave(q, e[j].key) {
			return false // the note names more than q: "(Hernandez Enterprises of Texas)"
		}
	}
	return true
}

// tokensHave reports a token of ts with key.
func tokensHave(ts []token, key string) bool {
	for i := range ts {
		if ts[i].key == key {
			return true
		}
	}
	return false
}

// surnameFirm reports a firm named after the person its brackets name: "Honeycutt Welding
// (Tommy Honeycutt)", whose owner the person's-name rules read (person.go).
func surnameFirm(e []token) bool {
	first, last := "", ""
	for i := range e {
		if e[i].role == roleStop {
			continue
		}
		if !e[i].qual && first == "" {
			first = e[i].key
		}
		if e[i].bracket {
			last = e[i].key
		}
	}
	return first != "" && first == last
}

// inBrackets reports a word of a name's note in brackets, not after a dash: "1234 - Harlow
// Roofing" keeps the firm's name after the dash, not an owner's.
func inBrackets(ts []token, key string) bool {
	for i := range ts {
		if ts[i].bracket && ts[i].key == key {
			return true
		}
	}
	return false
}
