package match

import "strings"

// Public bodies go by initials that keep the "of" of their names and their state's postal code
// whole: NCDOT is the North Carolina Department of Transportation, NCDEQ the NC Department of
// Environmental Quality, DOL a Department of Labor. So initials may take an O for an "of" between
// two words, and a state's code written in capitals gives both its letters.

// wordLetters are the letters a word gives to initials: its first, both of a state's postal
// code written in capitals ("NC"), or one for each word of a compound (compoundLetters).
func wordLetters(t *token) []rune {
	if len(t.runes) == 2 && stateCodes[t.key] && strings.ToUpper(t.raw) == t.raw {
		return t.runes
	}
	if l, ok := compoundLetters[t.key]; ok {
		return l
	}
	return t.runes[:1]
}

// compoundLetters are the words of two words that may give initials a letter for each: a WWTP is
// a Wastewater Treatment Plant, an SW pond a stormwater pond (as one letter, spells: ACWWA, the
// Arapahoe County Water and Wastewater Authority).
var compoundLetters = map[string][]rune{
	"wastewater": []rune("ww"), "stormwater": []rune("sw"), "groundwater": []rune("gw"),
}

// spellsLoose reports whether the words at idx of ts, in order, give the letters of acr, each
// word its wordLetters, with an O that may stand for an "of" between two of them.
func spellsLoose(acr []rune, ts []token, idx []int) bool {
	var walk func(k int, rest []rune) bool
	walk = func(k int, rest []rune) bool {
		if k == len(idx) {
			return len(rest) == 0
		}
		t := &ts[idx[k]]
		if t.num != "" || len(t.runes) < 2 || t.initial {
			return false
		}
		l := wordLetters(t)
		if len(rest) < len(l) || string(rest[:len(l)]) != string(l) {
			return false
		}
		rest = rest[len(l):]
		if walk(k+1, rest) {
			return true
		}
		// An O for an "of", an A for an "and" between this word and the next (OWASA: Orange
		// Water and Sewer Authority).
		return k+1 < len(idx) && len(rest) > 0 && (rest[0] == 'o' && ofBetween(ts, idx[k], idx[k+1]) ||
			rest[0] == 'a' && andBetween(ts, idx[k], idx[k+1])) && walk(k+1, rest[1:])
	}
	return walk(0, acr)
}

// ofBetween reports an "of" among the words between i and j, or j the first word after a
// trailing "of".
func ofBetween(ts []token, i, j int) bool {
	if ts[j].ofTail && !ts[i].ofTail {
		return true
	}
	for k := i + 1; k < j; k++ {
		if ts[k].key == "of" {
			return true
		}
	}
	return false
}

// andBetween reports an "and" ("&") among the words between i and j.
func andBetween(ts []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if ts[k].key == "and" {
			return true
		}
	}
	return false
}

// ofTailOf reports that qual is the end of name after a trailing " of ".
func ofTailOf(name, qual string) bool {
	n, tail := strings.ToLower(strings.Join(strings.Fields(name), " ")), " of "+strings.ToLower(qual)
	// A note may follow after a dash or in brackets: "Florida Department of Transportation -
	// District 7", "… of Transportation (District 7)".
	return strings.HasSuffix(n, tail) || strings.Contains(n, tail+" - ") || strings.Contains(n, tail+" (")
}

// ofInitialWords are the words of ts whose initials a name may be written as: its own words
// (ownWords, with keep) and the words after a trailing "of".
func ofInitialWords(ts []token, keep func(i int) bool) []int {
	var out []int
	for i := range ts {
		t := &ts[i]
		if t.role == roleStop || t.qual && !t.ofTail || t.customer || t.aux || !keep(i) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// looseInitials are the initials of the words at idx with a state's code or a word written as
// initials whole, with and without the O of every "of" between them ("ncdot", "ncdt"), when they
// differ from the plain initials; nil otherwise.
func looseInitials(ts []token, idx []int) []string {
	var with, without []rune
	loose := false
	for k, j := range idx {
		t := &ts[j]
		if t.num != "" || len(t.runes) < 2 || t.initial {
			return nil
		}
		if k > 0 && ofBetween(ts, idx[k-1], j) {
			with = append(with, 'o')
			loose = true
		}
		if k > 0 && andBetween(ts, idx[k-1], j) {
			with = append(with, 'a')
			loose = true
		}
		l := wordLetters(t)
		if t.acronym {
			l = t.runes // "NYC Dept of Transportation" is nycdot (multiacronym.go)
		}
		loose = loose || len(l) > 1
		with, without = append(with, l...), append(without, l...)
	}
	var out []string
	for _, rs := range [2][]rune{with, without} {
		if s := string(rs); loose && len(rs) >= 3 && len(rs) <= 8 && (len(out) == 0 || out[0] != s) {
			out = append(out, s)
		}
	}
	return out
}

// campusInitials are the initials of a customer's name before "at", its campus: UNC for the
// University of North Carolina at Chapel Hill; "" when the name has no "at" after two words.
func campusInitials(e []token) string {
	var letters []rune
	for j := range e {
		t := &e[j]
		if !t.customer || t.first {
			continue
		}
		if t.key == "at" {
			if len(letters) >= 2 {
				return string(letters)
			}
			return ""
		}
		if t.role != roleStop {
			letters = append(letters, wordLetters(t)...)
		}
	}
	return ""
}

// jobInitialsOverCustomer pairs initials in a job's name with the project's words when one of
// those words is also the customer's: "RCC Expansion" under City of Raleigh is the "Raleigh
// Convention Center Expansion", whose "Raleigh" first paired with the customer. It returns how
// the initials read, or "", leaving the pairs as they were.
func jobInitialsOverCustomer(q, e []token, qp, ep []paired, place *token) string {
	var freed []int
	for i := range q {
		if qp[i].like != unlike && e[qp[i].at].customer {
			freed = append(freed, i)
		}
	}
	if len(freed) == 0 {
		return ""
	}
	saved := make([]paired, len(freed))
	for k, i := range freed {
		saved[k] = qp[i]
		qp[i] = paired{at: -1}
	}
	if s := pairInitials(e, q, ep, qp, place); s != "" {
		for k, i := range freed {
			if qp[i].like == unlike {
				qp[i] = saved[k]
			}
		}
		return s
	}
	for k, i := range freed {
		qp[i] = saved[k]
	}
	return ""
}
