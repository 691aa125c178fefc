package match

import (
	"slices"
	"strings"
	"unicode"
)

// A firm is often kept on one list by its initials, with a branch: "CED - Seattle" for
// Consolidated Electrical Distributors. A bookkeeper links the two when the initials are written
// in capitals (so they are plainly initials, not a word such as "Ace") and spell, in order, the
// first letters of every word the other name has left: then nothing of either name is unexplained.
// The initials of three to six words make a coincidence rare; a second firm with the same
// initials on the QuickBooks list makes the two equally good, and the suggestion Possible.

// isAcronym reports a token written as initials in capitals: three to six letters, dots allowed
// ("CED", "P.C.L."), read as written (not an abbreviation of the table such as "SVCS"). inCase
// says the capitals tell something: the name has lower-case letters too, or is this one word.
func isAcronym(t *token, inCase bool) bool {
	if !inCase || t.num != "" || t.code || t.glued || t.role != roleCore || len(t.runes) < 2 || len(t.runes) > 6 {
		return false
	}
	letters := strings.ReplaceAll(t.raw, ".", "")
	for _, r := range letters {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return strings.ToLower(letters) == t.key
}

// ownWords lists the indexes of the words that say which firm or job a name is: not joining
// words, not a branch or note, not the customer of a job, not a project number kept apart.
// keep filters further, e.g. to the words not yet paired.
func ownWords(ts []token, keep func(i int) bool) []int {
	var out []int
	for i := range ts {
		t := &ts[i]
		if t.role == roleStop || t.qual || t.customer || t.aux || !keep(i) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// spells reports whether the words at idx of ts start with the letters of acr, in order.
func spells(acr []rune, ts []token, idx []int) bool {
	if len(idx) != len(acr) {
		return false
	}
	for k, j := range idx {
		t := &ts[j]
		if t.num != "" || len(t.runes) < 2 || t.initial || t.runes[0] != acr[k] {
			return false
		}
	}
	return true
}

// pairInitials pairs a name's one unpaired word written as initials with the unpaired words of
// the other name it abbreviates, descriptors included or not ("CED" is Consolidated Electrical
// Distributors, and of Consolidated Electrical Distributors Company too). It returns how the
// initials read, for the reason, or "".
//
// place is a's last word when it is a known place, or nil: "CED Raleigh" is CED at Raleigh.
func pairInitials(a, b []token, ap, bp []paired, place *token) string {
	if r := pairRestatedInitials(a, b, ap, bp); r != "" {
		return r // "GMS Gypsum Management & Supply", "GMS - Tucker" (owninitialswords.go)
	}
	// A word of the work left over ("Repl" of "Mather Elementary UV Repl") says what kind of
	// job, not which: the initials may still be the only word of the name's own left.
	placeAt := tokenAt(a, place) // a town of several words: all of them (initialstown.go)
	left := ownWords(a, func(i int) bool {
		return ap[i].like == unlike && !a[i].code && a[i].role != roleDescriptor && a[i].role != roleTag && a[i].role != roleWeak &&
			(placeAt < 0 || i < placeAt) && !agencyOffice(a, &a[i]) && !placeDistrict(a, ap, b, i)
	})
	if len(left) != 1 || !a[left[0]].acronym {
		return ""
	}
	i := left[0]
	acr := a[i].runes
	// "No." before a number is the number's, not a word the initials stand for: "Painters
	// District Council No. 14" is Painters DC 14 (numbersign.go).
	free := func(j int) bool { return bp[j].like == unlike && !numberSign(b, j) }
	words := ownWords(b, free)
	if !spells(acr, b, words) {
		words = ownWords(b, func(j int) bool { return free(j) && b[j].role != roleDescriptor })
		if !spells(acr, b, words) {
			// An O for "of" and a state's code: NCDOT (initialsof.go).
			words = ofInitialWords(b, free)
			if !spellsLoose(acr, b, words) {
				// "Greater" and "& Vicinity" widen a union's place: "KC" is Kansas City in
				// "Greater Kansas City Laborers" (unionregion.go).
				words = ownWords(b, func(j int) bool { return free(j) && !unionPlaceInitialsAside(b, bp, j) })
				if !spells(acr, b, words) {
					return ""
				}
			}
		}
	}
	return pairInitialsWith(a, ap, b, bp, i, words)
}

// pairInitialsWith pairs the initials a[i] with the words of b they stand for and says so, for the
// reason: "ABC = American Builders & Contractors".
func pairInitialsWith(a []token, ap []paired, b []token, bp []paired, i int, words []int) string {
	ap[i] = paired{at: words[0], like: initialsOf}
	for _, j := range words {
		bp[j] = paired{at: i, like: initialsOf}
	}
	return a[i].raw + " = " + spelledWords(b, words)
}

// spelledWords writes the words of b at words, the ones initials stand for, as written, with the
// joining words between them: "American Builders & Contractors", "Department of Transportation".
func spelledWords(b []token, words []int) string {
	var raws []string
	for j, k := words[0], 0; j <= words[len(words)-1]; j++ {
		if k < len(words) && words[k] == j {
			k++
		} else if b[j].role != roleStop {
			continue // a note written between ("- District 7" before the words after "of")
		}
		if b[j].ofTail && j > 0 && !b[j-1].ofTail {
			raws = append(raws, "of") // "Department of Transportation"
		}
		if len(raws) == 0 || raws[len(raws)-1] != b[j].raw {
			raws = append(raws, b[j].raw)
		}
	}
	return strings.Join(raws, " ")
}

// acronymKeys are what the candidate search looks a name up by: with a word written as
// initials, the letters of the name's words with the initials' letters for that word ("ABC
// Supply" is abcs); without, the initials its words would make ("American Builders &
// Contractors Supply" is abcs too). Each with and without descriptors; numbers kept apart. A job
// is left out: its customer's initials are compared with the customer (whole.go).
func acronymKeys(ts []token) (acronyms, inits []string) {
	own := ownWords(ts, func(j int) bool { return !ts[j].code && ts[j].role != roleTag })
	bare := ownWords(ts, func(j int) bool { return !ts[j].code && ts[j].role != roleTag && ts[j].role != roleDescriptor })
	n := 0
	for _, j := range own {
		if ts[j].acronym {
			n++
		}
	}
	if n > 1 {
		return nil, nil
	}
	var out []string
	spell := func(idx []int) {
		if s := spellKey(ts, idx); s != "" && (len(out) == 0 || out[0] != s) {
			out = append(out, s)
		}
	}
	spell(own)
	spell(bare)
	if n == 0 {
		// "North Carolina Department of Transportation" is NCDOT too (initialsof.go).
		loose := ofInitialWords(ts, func(j int) bool { return !ts[j].code && ts[j].role != roleTag })
		for _, s := range looseInitials(ts, loose) {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	if n == 1 {
		if k := ownInitialsKey(ts); k != "" {
			return out, []string{k} // "GMS Gypsum Management & Supply" is found by GMS (owninitialswords.go)
		}
		return out, nil
	}
	return nil, out
}

// spellKey is the letters of the words of ts at idx, the whole of a word written as initials and
// the first letter of any other, when they make 3 to 8 letters; "" when a number, a single
// letter or an initial is among them.
func spellKey(ts []token, idx []int) string {
	var rs []rune
	for _, j := range idx {
		t := &ts[j]
		switch {
		case t.acronym:
			rs = append(rs, t.runes...)
		case t.num != "" || len(t.runes) < 2 || t.initial:
			return ""
		default:
			rs = append(rs, t.runes[0])
		}
	}
	if len(rs) < 3 || len(rs) > 8 {
		return ""
	}
	return string(rs)
}

// leadingAcronym is the initials a QuickBooks name starts with when more words follow ("CED
// Raleigh"), or "": the rest may be a branch's place, so the name is also found by the initials
// alone. Only on the QuickBooks side: "CPS Lane Tech Roof" is a job, not the CPS customer.
func leadingAcronym(ts []token) string {
	own := ownWords(ts, func(j int) bool { return !ts[j].code && ts[j].role != roleTag })
	if k := stateAgencyKey(ts, own); k != "" {
		return k // "Mass DOT District 6" (stateagency.go)
	}
	if len(own) < 2 || !ts[own[0]].acronym {
		return ""
	}
	for _, j := range own[1:] {
		if ts[j].acronym {
			return ""
		}
	}
	return ts[own[0]].key
}

// pairNoteInitials pairs initials in a name's note ("DIC" of "Ohio Dept of Commerce - DIC")
// with the words left over in the other name that they spell, the joining "of" left out or
// given its O ("Division of Industrial Compliance"): a public body's office written short on one
// list. It returns how the initials read, or "".
func pairNoteInitials(a, b []token, ap, bp []paired) string {
	for i := range a {
		if ap[i].like != unlike || !a[i].qual || !a[i].acronym || len(a[i].runes) < 3 {
			continue
		}
		words := ofInitialWords(b, func(j int) bool { return bp[j].like == unlike && b[j].num == "" })
		if len(words) < 2 || !spells(a[i].runes, b, words) && !spellsLoose(a[i].runes, b, words) {
			continue
		}
		ap[i] = paired{at: words[0], like: initialsOf}
		var raws []string
		for k, j := range words {
			bp[j] = paired{at: i, like: initialsOf}
			if k > 0 && ofBetween(b, words[k-1], j) {
				raws = append(raws, "of")
			}
			raws = append(raws, b[j].raw)
		}
		return a[i].raw + " = " + strings.Join(raws, " ")
	}
	return ""
}
