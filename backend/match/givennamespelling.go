package match

import "strings"

// A first name brought from Russian, Ukrainian or another language written in its own letters has
// no one spelling in ours: the W-9 says "Dmitriy", the crew list "Dmitri"; "Sergey" and "Sergei",
// "Yuriy" and "Yuri", "Nikolay" and "Nikolai". The ending is the transliterator's choice, not
// another name, so a bookkeeper reads them as one first name. Only the ending is folded, and only
// for names long enough that the ending is not most of the name.

// minFoldedGiven is the least length of a first name whose ending is folded.
const minFoldedGiven = 5

// foldGivenEnding writes the transliterated endings of a first name one way: -iy, -ij and -y
// after i as -i; -ey as -ei; -ay as -ai.
func foldGivenEnding(name string) string {
	if len(name) < minFoldedGiven {
		return name
	}
	for _, e := range [][2]string{{"iy", "i"}, {"ij", "i"}, {"ii", "i"}, {"ey", "ei"}, {"ay", "ai"}} {
		if strings.HasSuffix(name, e[0]) {
			return strings.TrimSuffix(name, e[0]) + e[1]
		}
	}
	return name
}

// sameSpelledGiven reports two first names that differ only in a transliterated ending.
func sameSpelledGiven(a, b string) bool {
	return a != b && foldGivenEnding(a) == foldGivenEnding(b)
}
