package qbxml

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Placeholder replaces a character that has no Latin-1 form and no simple transliteration
// (for example Chinese, Japanese or Arabic script). It is deliberately not "?": QuickBooks itself
// turns unsupported characters into "?", so a "?" in QuickBooks would not tell a bookkeeper
// whether Joblink or QuickBooks lost the character. An underscore is visible, ASCII, and legal
// in every QuickBooks name field.
const Placeholder = "_"

// Latin1 reduces s to text QuickBooks Desktop can store: ISO-8859-1 (Latin-1) characters only,
// without control characters. Latin-1 letters (é, ñ, ß, ø …) are kept; other letters lose their
// accents or are spelled out (ł→l, œ→oe, ő→o); typographic punctuation becomes ASCII (“”→",
// ‘’→', –—→-, …→...); Cyrillic and Greek are transliterated; anything else becomes Placeholder.
// Tab, line feed and carriage return are kept because Notes, Memo and addresses are multi-line.
// changed reports whether out differs from s, so callers can show the user what was sent.
func Latin1(s string) (out string, changed bool) {
	if isPlainLatin1(s) {
		return s, false
	}
	// NFC first so that "e"+U+0301 becomes the single Latin-1 letter é instead of a bare "e".
	nfc := norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(nfc))
	for _, r := range nfc {
		writeLatin1Rune(&b, r)
	}
	out = b.String()
	return out, out != s
}

// isPlainLatin1 is the fast path: most names are already plain, and Latin1 runs on every field.
func isPlainLatin1(s string) bool {
	for _, r := range s {
		if r > 0xFF || isDroppedControl(r) || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// isDroppedControl reports C0/C1 control characters other than tab, LF and CR: XML 1.0 forbids
// most of them, and QuickBooks has no use for the rest.
func isDroppedControl(r rune) bool {
	if r == '\t' || r == '\n' || r == '\r' {
		return false
	}
	return r < 0x20 || (r >= 0x7F && r <= 0x9F)
}

func writeLatin1Rune(b *strings.Builder, r rune) {
	switch {
	case r == utf8.RuneError:
		b.WriteString(Placeholder)
	case isDroppedControl(r):
		// dropped
	case r <= 0xFF:
		b.WriteRune(r)
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r):
		// A stray combining mark or an invisible format character (zero-width space, BOM,
		// direction marks) carries nothing QuickBooks could show.
	default:
		if t, ok := transliterations[r]; ok {
			b.WriteString(t)
			return
		}
		if unicode.Is(unicode.Zs, r) {
			b.WriteByte(' ')
			return
		}
		if t, ok := decomposeToLatin1(r); ok {
			b.WriteString(t)
			return
		}
		b.WriteString(Placeholder)
	}
}

// decomposeToLatin1 handles the long tail of accented and compatibility characters (ő, ș, ǆ,
// fullwidth letters, ligatures like ﬁ) without a hand-written table: compatibility decomposition,
// then drop the combining marks. It fails if anything outside Latin-1 remains.
func decomposeToLatin1(r rune) (string, bool) {
	var b strings.Builder
	for _, d := range norm.NFKD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		if d > 0xFF || isDroppedControl(d) {
			return "", false
		}
		b.WriteRune(d)
	}
	if b.Len() == 0 {
		return "", false
	}
	// Recompose in case a base letter and a remaining Latin-1 character belong together.
	return norm.NFC.String(b.String()), true
}
