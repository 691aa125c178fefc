package mapping

import (
	"strings"
	"unicode"
)

// Search on the mapping pages finds a record when every word typed is somewhere in its names,
// number, city (or vendor type), with case, accents and punctuation set aside: "cafe lumiere"
// finds "Café Lumière, Inc.". Texts are folded once per snapshot, queries once per request.

// searchWords splits a query into folded words.
func searchWords(q string) []string { return strings.Fields(fold(q)) }

// hasWords reports whether folded text holds every word.
func hasWords(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// foldAll folds texts into one, separated so that no word spans two of them.
func foldAll(texts []string) string {
	var b strings.Builder
	for _, t := range texts {
		if t != "" {
			b.WriteString(fold(t))
			b.WriteByte('|')
		}
	}
	return b.String()
}

// fold lower-cases s, drops the accents of Latin letters and turns everything that is neither
// letter nor digit into a space.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r >= 0xC0 && r <= 0x17F:
			b.WriteString(latinBase(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// latinBase is the unaccented spelling of a letter of Latin-1 or Latin Extended-A.
func latinBase(r rune) string {
	if r < 0x100 {
		return latin1Base[r-0xC0]
	}
	for _, span := range latinExtendedA {
		if r <= span.last {
			return span.base
		}
	}
	return " "
}

// latin1Base spells U+00C0–U+00FF without accents (× and ÷ are spaces).
var latin1Base = [64]string{
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", " ", "o", "u", "u", "u", "u", "y", "th", "y",
}

// latinExtendedA spells U+0100–U+017F without accents, by runs of one base letter.
var latinExtendedA = []struct {
	last rune
	base string
}{
	{0x105, "a"}, {0x10D, "c"}, {0x111, "d"}, {0x11B, "e"}, {0x123, "g"}, {0x127, "h"}, {0x131, "i"},
	{0x133, "ij"}, {0x135, "j"}, {0x138, "k"}, {0x142, "l"}, {0x14B, "n"}, {0x151, "o"}, {0x153, "oe"},
	{0x159, "r"}, {0x161, "s"}, {0x167, "t"}, {0x173, "u"}, {0x175, "w"}, {0x178, "y"}, {0x17E, "z"},
	{0x17F, "s"},
}
