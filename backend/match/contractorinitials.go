package match

import (
	"strings"
	"unicode"
)

// A subcontractor's bookkeeper keeps a job under the general contractor or builder who hired
// the firm ("D.R. Horton LA Holding Co:Arroyo Crossing - Perris"), and the project manager puts
// the contractor before the project's name by the initials the trade knows it by: "DRH Arroyo
// Crossing Perris", "KBH Bellasera Lots 1-38" for KB Home Coastal Inc, "TM - Citro Bldg 1-6" for
// Taylor Morrison of California. Those initials are the firm's short name's, its first two or
// more words, the rest of the legal name (a region, "Holding Co", "of California") left out, and
// a word written as initials itself gives all its letters (KB, D.R.). customerInitials reads the
// whole name's initials; this reads the short name's, the whole name's with the C of a
// "Construction Co" the books leave out ("RCC" for "Ridgeway Construction"), and a letter for
// each word of a name made of two ("BFC" for Bayfront Communities).
//
// Only a firm is read so: a public body or an institution has initials of its own, read whole.
// The initials must stand first in the project's name, or last after a dash or in brackets,
// where a contractor's name is put, and the job's own words must still all be found: another job
// of the same contractor, or the same job under another contractor, stays apart.

// minContractorWords is how many of the customer's first words the initials must spell at least.
const minContractorWords = 2

// pairContractorInitials pairs initials in capitals at the start or end of the Procore name q
// with the first words of the job's customer they spell, and returns the reading ("DRH = D.R.
// Horton"), or "".
func pairContractorInitials(q, e []token, qp, ep []paired) string {
	at := contractorInitialsAt(q, qp)
	if at < 0 {
		return ""
	}
	words := firmCustomerWords(e)
	if len(words) < minContractorWords {
		return ""
	}
	key := q[at].key
	spelt := []string{""} // the ways the words so far may be spelt, each a prefix of key
	for k, j := range words {
		var next []string
		for _, sp := range spelt {
			for _, l := range nameWordLetters(&e[j]) {
				if w := sp + l; strings.HasPrefix(key, w) || k+1 == len(words) && w+"c" == key {
					next = append(next, w)
				}
			}
		}
		if spelt = next; len(spelt) == 0 {
			return ""
		}
		if k+1 < minContractorWords {
			continue
		}
		for _, sp := range spelt {
			if k+1 < len(words) && sp == key {
				return pairShortName(q, e, qp, ep, at, words[:k+1])
			}
			if k+1 == len(words) && coAfterWords[e[j].key] && sp+"c" == key {
				// "RCC" for "Ridgeway Construction": the C of its Co, which the books leave out
				return pairShortName(q, e, qp, ep, at, words)
			}
			if k+1 == len(words) && sp == key && compoundSpelt(e, words) {
				return pairShortName(q, e, qp, ep, at, words) // "BFC", Bayfront Communities
			}
		}
	}
	return ""
}

// coAfterWords end a contractor's name that the firm writes with "Co" after ("Ridgeway
// Construction Co"), so its initials may have the C the books leave out.
var coAfterWords = wordSet(`construction contracting building development`)

// nameWordLetters lists the ways a word of a firm's name may be spelt in its initials: its
// shortNameLetters, and for a word made of two ("Bayfront", "Brightwater") a letter for each.
func nameWordLetters(t *token) []string {
	out := []string{string(shortNameLetters(t))}
	if l := compoundNameLetters(t.key); l != "" {
		out = append(out, l)
	}
	return out
}

// compoundSpelt reports that one of the words is a compound a letter for each of whose words
// the initials may give: the whole name's initials read so are this file's, the plain ones
// customerInitials'.
func compoundSpelt(e []token, words []int) bool {
	for _, j := range words {
		if compoundNameLetters(e[j].key) != "" {
			return true
		}
	}
	return false
}

// compoundTails are words that end a firm's name made of two ("Bayfront", "Brightwater",
// "Stonebridge"), whose initials often give both: BFC, BWB.
var compoundTails = []string{"front", "water", "stone", "bridge", "wood", "field", "view", "side",
	"point", "gate", "land", "brook", "ridge", "port", "crest", "line", "star", "light", "rock"}

// minCompoundHead is how many letters the first word of such a compound has at least.
const minCompoundHead = 3

// compoundNameLetters returns the two initials of a word made of a word and one of
// compoundTails ("bf" for bayfront), or "".
func compoundNameLetters(k string) string {
	for _, tail := range compoundTails {
		if len(k) >= len(tail)+minCompoundHead && strings.HasSuffix(k, tail) {
			return k[:1] + tail[:1]
		}
	}
	return ""
}

// pairShortName pairs the initials q[at] with the customer's words at words and returns the
// reading.
func pairShortName(q, e []token, qp, ep []paired, at int, words []int) string {
	var raws []string
	for _, j := range words {
		if ep[j].like == unlike {
			ep[j] = paired{at: at, like: sameWord}
		}
		raws = append(raws, e[j].raw)
	}
	qp[at] = paired{at: words[0], like: sameWord}
	return q[at].raw + " = " + strings.Join(raws, " ")
}

// contractorInitialsAt returns the index of the unpaired initials in capitals that stand first in
// q, or last as a note ("… - WT", "… (WT)"), or -1.
func contractorInitialsAt(q []token, qp []paired) int {
	ok := func(i int) bool {
		t := &q[i]
		return qp[i].like == unlike && t.acronym && t.num == "" && t.written == nil &&
			len(t.runes) >= 2 && len(t.runes) <= 4 && !t.customer && !t.aux
	}
	if len(q) < 3 {
		return -1
	}
	if ok(0) {
		return 0
	}
	if last := len(q) - 1; q[last].qual && ok(last) {
		return last
	}
	return -1
}

// firmCustomerWords lists the indexes of the customer's words of a job kept under a firm: none
// when the customer is a person or names a public body or an institution.
func firmCustomerWords(e []token) []int {
	var out []int
	for j := range e {
		t := &e[j]
		if !t.customer {
			continue
		}
		if t.first || ownerBodyWord(t) {
			return nil
		}
		if t.role != roleStop {
			out = append(out, j)
		}
	}
	return out
}

// shortNameLetters gives the letters a word of a firm's name gives its initials: all of a word
// written as initials ("KB", "D.R."), else its first.
func shortNameLetters(t *token) []rune {
	if t.acronym && len(t.runes) <= 4 {
		return t.runes
	}
	if strings.Contains(t.raw, ".") {
		var out []rune
		for _, r := range t.raw {
			if unicode.IsLetter(r) {
				if !unicode.IsUpper(r) {
					return wordLetters(t)
				}
				out = append(out, unicode.ToLower(r))
			}
		}
		if len(out) >= 2 && len(out) <= 3 {
			return out // "D.R." of D.R. Horton, read by the table as a title
		}
	}
	return wordLetters(t)
}
