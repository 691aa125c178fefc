package match

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// letterFold covers letters whose "accent" is part of the letter itself rather than a combining
// mark, so that decomposing the string cannot strip it. Keys are lower case: folding lowers first.
var letterFold = map[rune]string{
	'ß': "ss", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'æ': "ae", 'œ': "oe",
	'ı': "i", 'ħ': "h", 'ŧ': "t", 'ŀ': "l", 'ſ': "s", 'ĸ': "k", 'ŋ': "n", 'ƒ': "f",
	// Greek final sigma is only a spelling of σ at the end of a word; upper case has one form.
	'ς': "σ",
}

// germanFold spells umlauts and the Nordic letters the way people type them without the
// letter: Müller is also written Mueller, Søren as Soeren. Used only for an extra lookup key,
// because Normalise folds ü to u as the specification asks.
var germanFold = map[rune]string{
	'ä': "ae", 'ö': "oe", 'ü': "ue", 'Ä': "Ae", 'Ö': "Oe", 'Ü': "Ue",
	'ø': "oe", 'Ø': "Oe", 'å': "aa", 'Å': "Aa",
}

// isASCII reports whether s needs no Unicode folding.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// foldString lowers s and removes accents. It reports whether an accent was removed, so that a
// reason can say "apart from accents". Compatibility forms (full-width Latin, ligatures,
// half-width katakana) become their plain forms and traditional Chinese characters simplified
// ones (reported as hanzi).
func foldString(s string) (folded string, accent, hanzi bool) {
	if isASCII(s) {
		return strings.ToLower(s), false, false
	}
	d := norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	var base rune
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			if markIsAccent(base, r) {
				accent = true
				continue
			}
			b.WriteRune(r)
			continue
		}
		r = unicode.ToLower(r)
		base = r
		if rep, ok := letterFold[r]; ok {
			b.WriteString(rep)
			if r != 'ς' {
				accent = true
			}
			continue
		}
		if simple, ok := traditional[r]; ok {
			r = simple
			hanzi = true
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String()), accent, hanzi
}

// markIsAccent decides whether a combining mark after base is decoration that people often leave
// out (é, ü, ά, Arabic vowel signs) or part of the letter (Cyrillic й, Japanese voicing marks,
// Indic vowel signs), which must stay or different words would collide.
func markIsAccent(base, mark rune) bool {
	switch {
	case base < 0x250, unicode.Is(unicode.Latin, base), unicode.Is(unicode.Greek, base),
		unicode.Is(unicode.Arabic, base), unicode.Is(unicode.Hebrew, base):
		return true
	case unicode.Is(unicode.Cyrillic, base):
		// ё→е and ї→і are routinely typed without the diaeresis; the breve of й is not optional.
		return mark == 0x0308
	}
	return false
}

// germanSpelling rewrites umlauts as two letters; ok is false when name has none.
func germanSpelling(name string) (string, bool) {
	if isASCII(name) {
		return "", false
	}
	name = norm.NFC.String(name)
	var b strings.Builder
	ok := false
	for _, r := range name {
		if rep, found := germanFold[r]; found {
			b.WriteString(rep)
			ok = true
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), ok
}
