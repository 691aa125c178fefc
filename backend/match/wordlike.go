package match

import (
	"slices"
	"strings"
)

// How two words of a whole-name comparison were found to be the same word, from the surest.
type likeness uint8

const (
	unlike      likeness = iota
	sameWord             // equal, or equal once abbreviations in the table are read out
	sameNumber           // the same number written differently: 009 and 9, 24 and 2024
	sameBorough          // the letter of a school code and its borough: X and Bronx
	shortWord            // one is the other cut short: Distrib, Distributors
	skeleton             // one is the other's consonants: Wldg, Welding
	slip                 // one slip of the finger: Plumbig, Plumbing
	initialsOf           // initials and the words they stand for: CED, Consolidated Electrical Distributors
	givenName            // a first name and its short form: Ricky, Rick (person.go)
)

// likenessScore is how much each kind of likeness counts towards a whole-name match.
var likenessScore = [...]float64{unlike: 0, sameWord: 1, sameNumber: 1, sameBorough: 0.95, shortWord: 0.9, skeleton: 0.9, slip: 0.85, initialsOf: 0.85, givenName: 0.9}

// wordLike compares two tokens.
func wordLike(a, b *token) likeness {
	if a.num != "" || b.num != "" {
		if a.num != "" && b.num != "" && sameNum(a.num, b.num) {
			return sameNumber
		}
		return unlike
	}
	if a.key == b.key {
		return sameWord
	}
	if (a.first || b.first) && sameGivenName(a.key, b.key) {
		return givenName // "Lassiter, Rick" and "Ricky Lassiter"
	}
	if a.reading != 0 && slices.Contains(readingSets[a.reading], b.key) || b.reading != 0 && slices.Contains(readingSets[b.reading], a.key) {
		return shortWord // "Dist" for Distributors, "N." for North
	}
	if a.glued && boroughs[a.key] == b.key || b.glued && boroughs[b.key] == a.key {
		return sameBorough
	}
	if sameState(a, b) {
		return shortWord // "OH" for Ohio (statecodes.go)
	}
	l := runesLike(a.runes, b.runes)
	// A word the table reads out is also compared as written: "Excvtg" is Excavating, which
	// the table reads as Excavation.
	aw, bw := a.runes, b.runes
	if a.written != nil {
		aw = a.written
	}
	if b.written != nil {
		bw = b.written
	}
	if l == unlike && (a.written != nil || b.written != nil) {
		l = runesLike(aw, bw)
	}
	if l == unlike && (vocabSlip(a.runes, b.runes) || vocabSlip(aw, bw) || vocabEdit(a.runes, b.runes) || vocabEdit(aw, bw) ||
		pluralVocabEdit(a.runes, b.runes)) { // "Improvment", "Improvements" (vocabplural.go)
		l = slip
	}
	return l
}

// vocabulary is the words of trades and of firms' kinds the tables know: a misspelling of one of
// them is told from another word more surely than a misspelt name is.
var vocabulary = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{tradeWords, descriptorWords, weakWords, scopeWords} {
		for w := range set {
			m[w] = true
		}
	}
	for _, a := range abbrevs {
		for _, l := range a.long {
			if k := Normalise(l); !strings.Contains(k, " ") {
				m[k] = true
			}
		}
	}
	for _, rs := range otherReadings {
		for _, r := range rs {
			m[r] = true
		}
	}
	return m
}()

// vocabSlip reports a known word of seven letters or more and the same word with one letter,
// not the first, written as one that sounds or looks alike: "Exkavating", "Servises",
// "Insulatian". Other letters make other words: Painting and Printing, Glazing and Grazing.
func vocabSlip(a, b []rune) bool {
	if len(a) != len(b) || len(a) < 7 {
		return false
	}
	at := onlyDifference(a, b)
	if at == 0 {
		// "Kabinets", "Kleaning": a firm's playful K for the C of a word of the trade.
		return (a[0] == 'k' && b[0] == 'c' || a[0] == 'c' && b[0] == 'k') && (vocabulary[string(a)] || vocabulary[string(b)])
	}
	return at > 0 && confusable(a[at], b[at]) && (vocabulary[string(a)] || vocabulary[string(b)])
}

// onlyDifference returns where two words of the same length differ when they differ in one
// letter only, and -1 otherwise.
func onlyDifference(a, b []rune) int {
	at := -1
	for i := range a {
		if a[i] != b[i] {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}

// confusable reports letters written for each other by sound: c, k and s; s and z; a vowel
// for another.
func confusable(x, y rune) bool {
	if isVowel(x) && isVowel(y) {
		return true
	}
	pair := string([]rune{min(x, y), max(x, y)})
	return pair == "ck" || pair == "cs" || pair == "sz"
}

// runesLike compares two words that are not equal by the rules that keep the first letter.
func runesLike(ar, br []rune) likeness {
	short, long := ar, br
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) < 3 || short[0] != long[0] {
		return unlike // every likeness below keeps the first letter
	}
	if patronymic(short, long) {
		return unlike // "Daniels" is a surname, not Daniel's plural (patronymic.go)
	}
	if hasPrefix(long, short) {
		// Cut short by three letters or more ("Insul", "Distrib"), or a plural. A letter or two
		// more is another name: Brown and Browne, Martin and Martinez.
		// The rest starting with a vowel, because a word is cut inside a syllable ("Pac|ific",
		// "Insul|ation"); a rest starting with a consonant makes a compound of another name:
		// Lake and Lakeside, Bay and Bayview.
		more := string(long[len(short):])
		if (len(long)-len(short) >= 3 && !wordEndings[more] && isVowel(long[len(short)])) || more == "s" || more == "es" ||
			cutBeforeEnding(short, long) { // "Indust" for Industrial (cutsuffix.go)
			return shortWord
		}
		if isSlip(ar, br) || shortDouble(short, long) {
			return slip // a doubled last letter left out: Getchel, Hil
		}
		return unlike
	}
	if pluralCut(short, long) || yPlural(short, long) {
		return shortWord
	}
	if gCut(short, long) {
		return skeleton
	}
	if len(long) >= len(short)+2 && isSkeleton(short, long) {
		return skeleton
	}
	if isSlip(ar, br) || movedLetter(ar, br) { // "Sasche" for Sachse (movedletter.go)
		return slip
	}
	return unlike
}

// shortDouble reports a four-letter word ending in a doubled letter written with it once:
// "Hil" for Hill, "Mil" for Mill. Words this short are compared only whole otherwise.
func shortDouble(short, long []rune) bool {
	return len(long) == 4 && len(short) == 3 && long[3] == long[2]
}

// gCut reports a word in -ing written as its stem, cut or whole, and the g: "Roofg" for Roofing,
// "Survg" for Surveying, "Plumbg" for Plumbing.
func gCut(short, long []rune) bool {
	n, m := len(short)-1, len(long)-3
	return n >= 3 && m >= n && short[n] == 'g' && string(long[m:]) == "ing" && hasPrefix(long[:m], short[:n])
}

// yPlural reports a word in -y and its plural in -ies: "Specialty" and "Specialties",
// "Nursery" and "Nurseries".
func yPlural(short, long []rune) bool {
	n := len(short) - 1
	return n >= 3 && len(long) == n+3 && short[n] == 'y' && string(long[n:]) == "ies" && hasPrefix(long, short[:n])
}

// pluralCut reports a plural cut short and given back its "s": "Prods" for Products, "Comms" for
// Communications, "Fabrs" for Fabricators; cut inside a syllable like any cut word.
func pluralCut(short, long []rune) bool {
	n, m := len(short)-1, len(long)-1
	if n < 3 || short[n] != 's' || long[m] != 's' || !hasPrefix(long[:m], short[:n]) {
		return false
	}
	more := long[n:m]
	return len(more) >= 3 && isVowel(more[0]) && !wordEndings[string(more)]
}

// wordEndings make another word of a word rather than cut it short: a paint store is not a
// painting contractor, a roof is not a roofer.
var wordEndings = map[string]bool{"ing": true, "ings": true, "er": true, "ers": true, "ed": true, "or": true, "ors": true, "ist": true, "ists": true}

// sameNum compares numbers without leading zeros; a two-digit year is its four-digit one
// ("FY24", "FY 2024"; "'23", "2023").
func sameNum(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) == 2 && len(b) == 4 && (b[:2] == "19" || b[:2] == "20") && b[2:] == a
}

func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// isSkeleton reports whether short is long written the way abbreviations are made: the start of
// the word, then some of its remaining consonants in order ("Wldg" for Welding, "Matls" for
// Materials, "Consltg" for Consulting, "Cty" for City).
func isSkeleton(short, long []rune) bool {
	if short[0] != long[0] {
		return false
	}
	k := 1
	for k < len(short) && k < len(long) && short[k] == long[k] {
		k++
	}
	if k+2 > len(short) {
		// A prefix, not a skeleton; or one letter after the shared start, which a name of
		// its own often has: Kent and Kennett. Unless that letter is the last of a long word
		// and the start is three letters or more: a contraction, "Indl" for Industrial,
		// "Comml" for Commercial.
		return k == len(short)-1 && k >= 3 && len(long) >= len(short)+5 &&
			!isVowel(short[k]) && short[k] != 's' && short[k] == long[len(long)-1]
	}
	j := k
	for _, r := range short[k:] {
		if isVowel(r) || r < 'a' || r > 'z' {
			return false
		}
		for j < len(long) && long[j] != r {
			j++
		}
		if j == len(long) {
			return false
		}
		j++
	}
	return true
}

// isSlip reports one slip of the finger between words of five letters or more: two letters
// swapped ("Electirc"), one left out ("Plumbig") or one doubled or added ("Bremmerton"), not at
// the start or the end. A
// letter replaced by another counts only when the keys are neighbours and not at the start:
// "Benton" and "Renton", "Marsh" and "March" are other names, not typos.
func isSlip(a, b []rune) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) < 5 || len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		if i == len(a) {
			return false
		}
		// Swapped neighbours.
		if i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && equalRunes(a[i+2:], b[i+2:]) {
			return true
		}
		if i > 0 && len(a) >= 6 && adjacentKeys(a[i], b[i]) && equalRunes(a[i+1:], b[i+1:]) {
			return true
		}
		// A vowel for another inside a long name, "McCollough" for McCullough; not in the last
		// syllable, where Andersen and Anderson, Petersen and Peterson are other surnames.
		return i > 0 && len(a) >= 8 && i < len(a)-3 && isVowel(a[i]) && isVowel(b[i]) && equalRunes(a[i+1:], b[i+1:])
	}
	// a has one letter more, at i; not a new last letter, which makes other names (Clark and
	// Clarke), unless it doubles the one before (Getchell, Getchel) or ends a long word other
	// than as a plural (Chesapeake, Chesapeak; Pittsburgh, Pittsburg); nor a letter that tells
	// surnames apart (Johnston and Johnson).
	lastDropped := len(a) >= 8 && a[i] != 's'
	return i > 0 && (i < len(b) || a[i] == a[i-1] || lastDropped) && !nameVariant(a, i) && equalRunes(a[i+1:], b[i:])
}

// nameVariant reports a letter at i of a that spells another surname rather than a slip:
// the t of Johnston, the p of Thompson, the c of Fischer and Erickson.
func nameVariant(a []rune, i int) bool {
	prev, next := a[i-1], rune(0)
	if i+1 < len(a) {
		next = a[i+1]
	}
	switch a[i] {
	case 't':
		return prev == 's'
	case 'p':
		return prev == 'm'
	case 'c':
		return (prev == 's' && next == 'h') || next == 'k'
	}
	return false
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// keyRows is a US keyboard's letter rows, for telling a slip of the finger from another word.
var keyRows = [...]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// adjacentKeys reports letters whose keys touch on a US keyboard.
func adjacentKeys(a, b rune) bool {
	pos := func(r rune) (int, int, bool) {
		for row, s := range keyRows {
			for col, c := range s {
				if c == r {
					return row, col, true
				}
			}
		}
		return 0, 0, false
	}
	ra, ca, ok1 := pos(a)
	rb, cb, ok2 := pos(b)
	if !ok1 || !ok2 {
		return false
	}
	// Each row sits about half a key to the right of the one above.
	switch ra - rb {
	case 0:
		return ca-cb == 1 || cb-ca == 1
	case 1: // a is below b
		return ca == cb || ca == cb-1
	case -1:
		return cb == ca || cb == ca-1
	}
	return false
}
