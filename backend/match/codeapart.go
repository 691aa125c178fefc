package match

import (
	"strings"
	"unicode"
)

// A contract or project code of letters and digits is written in one piece on one list and in
// parts on the other: "ADOT H8852 01C SR 347 Sidewalks" is the job "ADOT:H885201C SR347
// Sidewalks". Read without its spaces, dashes and dots the code is the same, letter for letter
// and digit for digit, so the parts pair with the whole. Only a code of five characters or more
// with both letters and digits in the piece written whole is read so: short numbers in parts
// ("Lot 1 2", "Lot 12") are other things, and digits alone are joinedNumbers' (whole.go).

// minCodeApartLen is the least number of letters and digits a code must have to be read in parts.
const minCodeApartLen = 5

// maxCodeParts is how many words of the other name a code may be written in.
const maxCodeParts = 3

// pairCodeSpelledApart pairs each code written whole in a, whose parts are not all paired, with
// the run of consecutive words of b that spell it.
func pairCodeSpelledApart(a, b []token, ap, bp []paired) {
	for i := 0; i < len(a); {
		end := sameWordEnd(a, i)
		if codeLike(a[i].raw) && anyUnpaired(ap[i:end]) {
			if from, to := spelledRun(b, bp, alnumLower(a[i].raw)); from >= 0 {
				for k := i; k < end; k++ {
					ap[k] = paired{at: from, like: sameNumber}
				}
				for k := from; k < to; k++ {
					bp[k] = paired{at: i, like: sameNumber}
				}
			}
		}
		i = end
	}
}

// sameWordEnd is the index after the tokens of ts from i that come from the same written word.
func sameWordEnd(ts []token, i int) int {
	end := i + 1
	for end < len(ts) && ts[end].raw == ts[i].raw {
		end++
	}
	return end
}

// spelledRun finds one to maxCodeParts consecutive written words of b, with a token unpaired,
// whose letters and digits are code, and returns their tokens' range, or -1.
func spelledRun(b []token, bp []paired, code string) (from, to int) {
	for j := 0; j < len(b); j = sameWordEnd(b, j) {
		spelt, end := "", j
		for parts := 0; parts < maxCodeParts && end < len(b) && len(spelt) < len(code); parts++ {
			spelt += alnumLower(b[end].raw)
			end = sameWordEnd(b, end)
			if spelt == code && anyUnpaired(bp[j:end]) {
				return j, end
			}
		}
	}
	return -1, -1
}

func anyUnpaired(ps []paired) bool {
	for _, p := range ps {
		if p.like == unlike {
			return true
		}
	}
	return false
}

// alnumLower is s's letters and digits, lower case.
func alnumLower(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// codeLike reports a word of minCodeApartLen letters and digits or more with both, without
// building a string: most words are not, and this runs for every pair of names compared.
func codeLike(raw string) bool {
	n, digit, letter := 0, false, false
	for _, r := range raw {
		switch {
		case r >= '0' && r <= '9':
			n++
			digit = true
		case unicode.IsLetter(r):
			n++
			letter = true
		}
	}
	return n >= minCodeApartLen && digit && letter
}
