package match

import (
	"strings"
	"unicode"
)

// Chains number their stores and branches with letters as well as digits: "United Rentals #F32
// Olathe", "Cintas #K77 Tampa", "United Rentals Br A95 Tampa". A code written after "#" or after
// a branch word ("Br", "Store", "Branch") is the store's, whatever its mix of letters and digits,
// as "#0612" is: the other list often leaves it out, and two different codes are two stores. A
// code of letters and digits elsewhere in a name ("Lot B12", "Unit 4A") keeps its own reading.

// storeCodeWords introduce a store's or branch's code: "Br A95", "Store 118", a profit centre's
// "PC 0489".
var storeCodeWords = wordSet(`br br. branch store location loc loc. pc`)

// maxStoreCodeLen is how long a store's code of letters and digits may be: "F32", "AZ114".
const maxStoreCodeLen = 6

// storeCodes returns the store or branch codes in name, lower case, and their numbers without
// leading zeros ("#F32" gives "f32" and "32", "Br 794" gives "794" and "794").
func storeCodes(name string) (codes, numbers map[string]bool) {
	fields := strings.Fields(name)
	for i, f := range fields {
		c := strings.TrimRight(f, ",;.)")
		hashed := strings.HasPrefix(c, "#")
		switch {
		case hashed:
			c = c[1:]
		case i > 0 && storeCodeWords[strings.ToLower(fields[i-1])]:
		default:
			continue
		}
		if len(c) > maxStoreCodeLen || !strings.ContainsFunc(c, isDigitRune) || !isASCII(c) {
			continue
		}
		for _, r := range c {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				c = "" // "A-1": a code written apart is codeapart.go's
				break
			}
		}
		if c == "" {
			continue
		}
		if codes == nil {
			codes, numbers = map[string]bool{}, map[string]bool{}
		}
		if strings.ContainsFunc(c, unicode.IsLetter) {
			codes[strings.ToLower(c)] = true // a number alone is codePieces' and hashNumbers'
		} else if hashed {
			continue // "#2"
		}
		for _, d := range strings.FieldsFunc(c, func(r rune) bool { return !isDigitRune(r) }) {
			numbers[numKey(d)] = true
		}
	}
	return codes, numbers
}

// addStoreCodePieces marks the pieces of a name's store codes as a code's ("f" and "32" of
// "#F32"), as codePieces marks a code of three digits or more.
func addStoreCodePieces(name string, out map[string]string) map[string]string {
	codes, _ := storeCodes(name)
	for c := range codes {
		if out == nil {
			out = map[string]string{}
		}
		for _, g := range splitGlue(c) {
			out[g.key] = strings.ToUpper(c)
		}
	}
	return out
}

// placeAfterWords introduce a branch's number that its place follows: "Br 794 Grand Prairie",
// "PC 0489 Lee's Summit". Not
// "Store", whose number a job's name continues ("Store 1120 Remodel").
var placeAfterWords = wordSet(`br br. branch pc`)

// storeNumberAt reports a store's or branch's number or code at words[i] written after a branch
// word: "Br 794" of "United Rentals Br 794 Grand Prairie", whose following words are its place.
func storeNumberAt(words []string, i int) bool {
	if i < 1 || !placeAfterWords[strings.ToLower(words[i-1])] || len(words[i]) > maxStoreCodeLen {
		return false
	}
	w := strings.TrimPrefix(words[i], "#")
	return strings.ContainsFunc(w, isDigitRune) && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// placeAfterStoreNumber reports that ts[i] is one of the words after a store's or branch's number
// that splitQualifiers set apart as its place: "Grand Prairie" of "… Br 794 Grand Prairie".
func placeAfterStoreNumber(ts []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch {
		case ts[k].branchNumber:
			return true
		case !ts[k].qual:
			return false
		}
	}
	return false
}

// stateCodeAfterPlace reports that ts[i] is a state's postal code in capitals that ends a name
// right after a town: "CA" of "Herc Rentals Riverside CA".
func stateCodeAfterPlace(ts []token, i int, cities map[string]bool) bool {
	if i != len(ts)-1 || i < 1 || !stateCode(&ts[i]) {
		return false
	}
	p := ts[i-1].key
	return cities[p] || bigCities[p] || i >= 2 && cities[ts[i-2].key+" "+p]
}
