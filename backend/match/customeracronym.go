package match

import "strings"

// A customer kept by its initials on the QuickBooks list ("BVSD", "RTD") is written out at the
// start of the project's name in Procore: "Boulder Valley SD Fairview HS Bus Loop" is the job
// "BVSD:Fairview HS Bus Loop". The project's first words pair with the customer's initials when
// their own initials spell them exactly, in order ("SD" read as School District gives its S and
// D); a word more or another letter leaves them apart.

// pairCustomerAcronym pairs a QuickBooks customer written as initials in capitals with the
// Procore name's first words that spell them, and returns how they read, for the reason, or "".
func pairCustomerAcronym(q, e []token, qp, ep []paired) string {
	for j := range e {
		a := &e[j]
		if !a.customer || !a.acronym || ep[j].like != unlike || len(a.runes) < 3 {
			continue
		}
		var idx []int
		for i := 0; i < len(q) && len(idx) < len(a.runes); i++ {
			t := &q[i]
			if t.role == roleStop && len(idx) > 0 {
				continue // "of" inside a name: "Regional Transportation District"
			}
			// A word paired only with a joining word ("School" of "HS" read as High School) is
			// free.
			if qp[i].like != unlike && e[qp[i].at].role != roleStop || t.qual || t.num != "" {
				break
			}
			idx = append(idx, i)
		}
		if len(idx) < 2 || !spells(a.runes, q, idx) {
			continue
		}
		raws := make([]string, 0, len(idx))
		for _, i := range idx {
			qp[i] = paired{at: j, like: initialsOf}
			if len(raws) == 0 || raws[len(raws)-1] != q[i].raw {
				raws = append(raws, q[i].raw)
			}
		}
		ep[j] = paired{at: idx[0], like: initialsOf}
		return a.raw + " = " + strings.Join(raws, " ")
	}
	return ""
}

// coverCustomer marks every word of a job's customer as paired with the Procore name's word i
// when the initials it matched have one letter for each of them ("LHA", Lowell Housing
// Authority): the initials stand for the whole name, so a word more of the job's name is judged
// as with the customer's name written out (jobextra.go).
func coverCustomer(e []token, ep []paired, i int, initials string) {
	var words []int
	for j := range e {
		if e[j].customer && !e[j].first && e[j].role != roleStop {
			words = append(words, j)
		}
	}
	if len(words) != len([]rune(initials)) {
		return
	}
	for k, j := range words {
		if e[j].runes[0] != []rune(initials)[k] {
			return
		}
	}
	for _, j := range words {
		if ep[j].like == unlike {
			ep[j] = paired{at: i, like: sameWord}
		}
	}
}

// pairAcronymOfCustomerWords pairs initials in capitals in the Procore name with the job's
// customer's words they spell, next to each other and not yet paired: "Prairie Sky MD No. 2 -
// Filing 3" names the Prairie Sky Metro District 2 by its town and "MD". It returns how the
// initials read, or "".
//
// A customer with a number ("Metro District 2") must find it in the Procore name too: "MD No. 3"
// is another district.
func pairAcronymOfCustomerWords(q, e []token, qp, ep []paired) string {
	for j := range e {
		if e[j].customer && e[j].num != "" && ep[j].like == unlike {
			return ""
		}
	}
	for i := range q {
		a := &q[i]
		if qp[i].like != unlike || !a.acronym || a.qual {
			continue
		}
		n := len(a.runes)
		for start := 0; start+n <= len(e); start++ {
			ok := true
			for k := 0; k < n && ok; k++ {
				w := &e[start+k]
				ok = w.customer && !w.first && w.role != roleStop && w.num == "" && len(w.runes) >= 2 &&
					ep[start+k].like == unlike && w.runes[0] == a.runes[k]
			}
			if !ok {
				continue
			}
			raws := make([]string, 0, n)
			for k := range n {
				ep[start+k] = paired{at: i, like: initialsOf}
				raws = append(raws, e[start+k].raw)
			}
			qp[i] = paired{at: start, like: initialsOf}
			return a.raw + " = " + strings.Join(raws, " ")
		}
	}
	return ""
}
