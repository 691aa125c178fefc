package match

import "strings"

// Capitals the abbreviation table reads as a word may still be the initials of the other name's
// words: "NE Testing & Balancing" is New England Testing & Balancing as well as Northeast, and
// "Industrial Insulation Corp of NE" the one "of New England". Initials in capitals are compared
// with the other name's words as any initials are (acronym.go): every word the other name has
// left must start with its letter, in order, so "NE Electric" never meets "Nelson Enterprises
// Electric" (a descriptor left over) or "North End Pipe Electric" (a word more).

// writtenCapitals is the letters of a word written in capitals that the table read as another
// word ("NE" read as northeast), lower case, or nil. It allocates only for a word in capitals:
// it is asked of every word left unpaired.
func writtenCapitals(t *token) []rune {
	n := 0
	for i := 0; i < len(t.raw); i++ {
		switch c := t.raw[i]; {
		case c == '.':
		case c >= 'A' && c <= 'Z':
			n++
		default:
			return nil
		}
	}
	if n < 2 || n > 4 {
		return nil
	}
	out := make([]rune, 0, n)
	for i := 0; i < len(t.raw); i++ {
		if c := t.raw[i]; c != '.' {
			out = append(out, rune(c-'A'+'a'))
		}
	}
	if string(out) == t.key {
		return nil // read as written: not a word of the table
	}
	return out
}

// pairTableCapitals pairs an unpaired word of a written in capitals, which the table read as
// another word, with the unpaired words of b its letters spell, all of them, in the same part
// of the name (its own words, or a branch or note after "of"), descriptors left out. It returns
// how the initials read, for the reason, or "".
func pairTableCapitals(a, b []token, ap, bp []paired) string {
	for i := range a {
		t := &a[i]
		if ap[i].like != unlike || t.role != roleCore || t.customer || t.num != "" {
			continue
		}
		acr := writtenCapitals(t)
		if acr == nil {
			continue
		}
		var words []int
		for j := range b {
			w := &b[j]
			if bp[j].like == unlike && w.role != roleStop && w.role != roleDescriptor && !w.customer && !w.aux && w.qual == t.qual {
				words = append(words, j)
			}
		}
		if !spells(acr, b, words) && !spellsLoose(acr, b, words) {
			continue
		}
		for k := 1; k < len(words); k++ {
			if words[k] != words[k-1]+1 {
				return "" // "New Pipe England": the words must stand together
			}
		}
		ap[i] = paired{at: words[0], like: initialsOf}
		raws := make([]string, 0, len(words))
		for _, j := range words {
			bp[j] = paired{at: i, like: initialsOf}
			raws = append(raws, b[j].raw)
		}
		return t.raw + " = " + strings.Join(raws, " ")
	}
	return ""
}
