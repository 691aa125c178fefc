package match

import "strings"

// A public body is often kept by two sets of initials, its place's and its office's: "NYC DOT"
// for "NYC Dept of Transportation", "ADOT MVD" for "ADOT Motor Vehicle Division". The whole-name
// rules read each set of initials against the other name's words, but the candidate search looks
// a name with initials up by a key that holds one set only (acronymKeys), so such a name was
// never compared. It is found here by the letters of all its words run together, the initials
// whole and one letter for each word written out, as the other name's key is written: "NYC DOT"
// is nycdot, as "NYC Dept of Transportation" is. Whether the two are the same body is still for
// the whole-name rules to say.

// acronymsKeys are the keys a name is found by here: with two or more own words written as
// initials, the letters of its words run together, with and without descriptors ("NYC DOT" is
// nycdot); with one and words written out, the initials of its words with the initials whole and
// with and without an O for "of" ("NYC Dept of Transportation" is nycdot and nycdt). nil for a
// name with no word written as initials: counted without allocating, as most names are.
func acronymsKeys(ts []token) []string {
	n := 0
	for i := range ts {
		if ts[i].acronym && !ts[i].code && ts[i].role != roleTag && ts[i].role != roleStop && !ts[i].qual && !ts[i].customer && !ts[i].aux {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	keep := func(j int) bool { return !ts[j].code && ts[j].role != roleTag }
	if n == 1 {
		words := ofInitialWords(ts, keep)
		if len(words) < 2 {
			return nil
		}
		return looseInitials(ts, words)
	}
	own := ownWords(ts, keep)
	bare := ownWords(ts, func(j int) bool { return keep(j) && ts[j].role != roleDescriptor })
	var out []string
	for _, idx := range [][]int{own, bare} {
		if s := spellKey(ts, idx); s != "" && (len(out) == 0 || out[0] != s) {
			out = append(out, s)
		}
	}
	return out
}

// acronymsCandidates adds the records whose key is one of q's: a name with two sets of initials
// finds the names with one set and words written out ("NYC DOT" finds "NYC Dept of
// Transportation"), and the other way round.
func (ix *Index) acronymsCandidates(q *prepared, hits []hit) []hit {
	add := func(ids []int32) {
		for _, id := range ids {
			hits = append(hits, hit{idx: id, kind: kindInitials})
		}
	}
	for _, k := range acronymsKeys(q.toks) {
		add(ix.byAcronyms[k])
	}
	// A public body's office by its initials: "City of Tacoma - TPU", "Tacoma Public Utilities"
	// (initialsplacefirst.go).
	if k := bodyOfficeKey(q.toks); k != "" {
		add(ix.byWordInitials[k])
	}
	for _, k := range q.wordInitials {
		add(ix.byBodyOffice[k])
	}
	// A firm's initials and a branch's place on the Procore side ("CED Dallas") find the firm
	// by the initials alone, as the QuickBooks side's are indexed (leadingAcronym); not on a
	// list of jobs, where "CPS Lane Tech Roof" is no CPS customer.
	if !ix.jobs {
		if k := leadingAcronym(q.toks); k != "" {
			add(ix.byWordInitials[k])
		}
		// The firm written out and its branch's town ("Consolidated Electrical Distributors
		// Plano") finds its initials and a branch ("CED #4412 Plano").
		if k := initialsBeforeTown(q.toks, ix.cities); k != "" {
			add(ix.byAcronym[k])
		}
	}
	return hits
}

// A name all in capitals says nothing by its capitals (isAcronym), but two short words of which
// one has no vowel ("NYC DOT", "ADOT MVD") are no words of the language: the name is written in
// initials, and both are read as initials, as a state's code and its office's are
// (initialsAfterStateCode). "ACME TILE" has a vowel in each word and stays words.

// twoInitialsInCapitals marks both words of ts as initials when name, all in capitals, is two
// words of letters, one of three to five letters with no vowel and the other of three or four (a
// state's code of two is initialsAfterStateCode's).
func twoInitialsInCapitals(name string, ts []token) {
	fields := strings.Fields(name)
	if len(fields) != 2 || len(ts) != 2 || ts[0].raw != fields[0] || ts[1].raw != fields[1] {
		return
	}
	bare := func(f string) bool { return len(f) >= 3 && len(f) <= 5 && !strings.ContainsAny(f, "AEIOU") }
	short := func(f string) bool { return len(f) >= 3 && len(f) <= 4 || bare(f) }
	if !(bare(fields[0]) && short(fields[1]) || bare(fields[1]) && short(fields[0])) {
		return
	}
	for i := range ts {
		if strings.IndexFunc(ts[i].raw, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
			return
		}
	}
	for i := range ts {
		ts[i].acronym = isAcronym(&ts[i], true)
	}
}

// Initials in capitals may also begin a word of the other name ("DEP", "Dept"), and that word
// was paired with them as a word cut short, leaving the rest of what they stand for unpaired:
// "NYC DEP" against "NYC Department of Environmental Protection" read "Department" only. When
// the initials spell the word they were paired with and the words left after it, they are read
// as initials (pairInitials), not as the word cut short.

// unpairInitialsReadAsCut undoes the pairing of a's words written as initials with a word of b
// read as cut short or as its consonants when the initials spell that word and two or more
// unpaired words of b with it, or when the word is an office's followed by "of" and unpaired words
// naming it, which the initials would leave out ("DEP" is not "Dept of Transportation").
func unpairInitialsReadAsCut(a, b []token, ap, bp []paired) {
	for i := range a {
		if !a[i].acronym || len(a[i].runes) < 3 || ap[i].like != shortWord && ap[i].like != skeleton {
			continue
		}
		at := ap[i].at
		keep := func(j int) bool { return j == at || bp[j].like == unlike && b[j].role != roleDescriptor }
		words := ofInitialWords(b, keep)
		if len(words) < 2 || words[0] != at {
			continue
		}
		spelt := len(words) >= 3 && spellsLoose(a[i].runes, b, words)
		office := followsDirectly(b, at, words[1]) && ofBetween(b, at, words[1]) // "Dept of Transportation"
		if !spelt && !office {
			continue
		}
		ap[i], bp[at] = paired{at: -1}, paired{at: -1}
	}
}

// followsDirectly reports that ts[j] comes after ts[i] with only joining words between.
func followsDirectly(ts []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if ts[k].role != roleStop {
			return false
		}
	}
	return j > i
}

// initialsBeforeTown is the initials of a name's words before its last, when the last is a town
// (a town of the lists' addresses or a large city) and three words or more come before it, or "".
func initialsBeforeTown(ts []token, cities map[string]bool) string {
	last := -1
	for i := range ts {
		if ts[i].role != roleStop && !ts[i].qual && !ts[i].customer && !ts[i].aux {
			last = i
		}
	}
	if last < 3 || ts[last].acronym || !cities[ts[last].key] && !bigCities[ts[last].key] {
		return ""
	}
	own := ownWords(ts, func(j int) bool { return j < last && !ts[j].code && ts[j].role != roleTag })
	if len(own) < 3 {
		return ""
	}
	for _, j := range own {
		if ts[j].acronym {
			return ""
		}
	}
	return spellKey(ts, own)
}
