package match

import "slices"

// A public body's office is kept by its initials, and the initials start with the letter of the
// body's place: "City of Tacoma - TPU" for "Tacoma Public Utilities", "City of Denton - DME" for
// "Denton Municipal Electric", "City of Seattle SDCI" for "Seattle Dept of Constr & Inspections".
// The place is written on both sides and paired word for word, so the initials were left with
// the words after it only, one letter short. When one name is a public body's (City, Town,
// County…), the other starts with the place, and the initials spell the place and the words
// after it that found no counterpart, they are read as the office written out; the place stays
// paired as it was. Such a name is found by the office's initials alone (bodyOfficeKey).

// pairInitialsWithPlace pairs a's one word left written as initials with the words left in b
// after b's first word, a word paired with a's, when the initials spell that first word and
// them, and returns how the initials read, or "".
func pairInitialsWithPlace(a, b []token, ap, bp []paired) string {
	if !namesPublicBody(a) && !namesPublicBody(b) {
		return "" // most names: checked without allocating, as every comparison comes here
	}
	left := officeWordsLeft(a, ap)
	acr := writtenInitials(a, left)
	if len(acr) < 3 || len(acr) > 6 {
		return ""
	}
	// The place: b's first words, paired, one to three ("Tacoma", "New Jersey" for NJ).
	own := ofInitialWords(b, func(int) bool { return true })
	place := 0
	for place < len(own) && place < 3 && bp[own[place]].like == sameWord && !publicBodyWords[b[own[place]].key] {
		place++
	}
	if place == 0 || len(own)-place < 2 {
		return "" // the place, written on both sides, then two words or more
	}
	inPlace := func(j int) bool { return j <= own[place-1] && bp[j].like == sameWord }
	startsWithPlace := func(words []int) bool {
		return len(words) >= place+2 && slices.Equal(words[:place], own[:place])
	}
	var words []int
	for _, descriptors := range []bool{true, false} {
		keep := func(j int) bool {
			return inPlace(j) || bp[j].like == unlike && (descriptors || b[j].role != roleDescriptor)
		}
		if words = ownWords(b, keep); startsWithPlace(words) && spells(acr, b, words) {
			break
		}
		// An O for "of", the words after it read as the name's own; a state's code whole.
		if words = ofInitialWords(b, keep); startsWithPlace(words) && spellsLoose(acr, b, words) {
			break
		}
		words = nil
	}
	if words == nil || !officeNamed(b, words[place:]) {
		return "" // "Tacoma Paving Unlimited" is a firm, not the City of Tacoma's TPU
	}
	for _, k := range left {
		ap[k] = paired{at: words[place], like: initialsOf}
	}
	for _, j := range words[place:] {
		bp[j] = paired{at: left[0], like: initialsOf}
	}
	return a[left[0]].raw + " = " + spelledWords(b, words)
}

// bodyOfficeKey is the key a public body's name with one word written as initials is found by,
// the initials alone ("City of Tacoma - TPU" is tpu, as "Tacoma Public Utilities" is), or "".
func bodyOfficeKey(ts []token) string {
	key := ""
	for i := range ts {
		t := &ts[i]
		if !t.acronym || t.customer || t.aux || t.code {
			continue
		}
		if key != "" || len(t.runes) < 3 || len(t.runes) > 6 {
			return ""
		}
		key = t.key
	}
	if key == "" || !namesPublicBody(ts) {
		return ""
	}
	return key
}

// officeNamed reports that the words of ts at idx name an office, by a word of officeWords or
// Public, and no supplier's word: "Municipal Electric", "Dept of Construction & Inspections".
func officeNamed(ts []token, idx []int) bool {
	office := false
	for _, j := range idx {
		k := ts[j].key
		if supplierWords[k] {
			return false
		}
		office = office || k == "public" || officeWords[k]
	}
	return office
}
