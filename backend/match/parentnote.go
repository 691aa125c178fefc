package match

import (
	"regexp"
	"strings"
)

// A firm bought by a group often adds the group to its name for a while: "Anixter, a Wesco
// company", "Kestrel Roofing, A Marrow Company", "Kestrel Roofing - a division of Marrow Inc",
// "Kestrel Roofing (a div. of Marrow Inc)". The firm is still the one named first; the note says who owns it, and one list may leave it
// out.

// parentNote matches such a note at the end of a name.
var parentNote = regexp.MustCompile(`(?i)[,\s(-]+(an?\s+\S+(\s+\S+)?\s+(company|corporation|business|brand)|an?\s+(division|div\.?|subsidiary|member)\s+of\s+[^)]+)\.?\)?\s*$`)

// cutParentNote splits a name into the firm's name and the owner's note, ok false when there is
// none or nothing would be left.
func cutParentNote(name string) (firm, note string, ok bool) {
	if !hasArticle(name) {
		return name, "", false // most names: spare the regular expression
	}
	loc := parentNote.FindStringIndex(name)
	if loc == nil || loc[0] == 0 {
		return name, "", false
	}
	firm = name[:loc[0]]
	if !strings.ContainsFunc(firm, inWord) {
		return name, "", false
	}
	note = strings.TrimRight(strings.TrimLeft(name[loc[0]:], ", -("), ") ")
	return firm, note, true
}

// parentToken is the owner's note as one list tag, set aside when names are compared.
func parentToken(note string) token {
	k := noteKey(note)
	return token{key: k, raw: note, runes: []rune(k), role: roleTag, qual: true}
}

// hasArticle reports an "a" or "an" standing as a word after the start, which every note of
// parentNote has.
func hasArticle(name string) bool {
	for i := 1; i+2 < len(name); i++ {
		if name[i]|0x20 != 'a' || !isNoteGap(name[i-1]) {
			continue
		}
		if isNoteGap(name[i+1]) || name[i+1]|0x20 == 'n' && i+2 < len(name) && isNoteGap(name[i+2]) {
			return true
		}
	}
	return false
}

func isNoteGap(b byte) bool { return b == ' ' || b == ',' || b == '(' || b == '-' }
