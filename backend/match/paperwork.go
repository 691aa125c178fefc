package match

import (
	"regexp"
	"strings"
)

// Bookkeepers note a vendor's tax and insurance paperwork in its name, so that it shows on every
// bill: "Maple Ridge Electric (W9 on file)", "… - Needs W-9", "… - COI exp 6/24", "… (No 1099)".
// Such a note says nothing about which firm it is; its "9" or date is no store or phase number.

// paperworkNote matches a note, as written in brackets or after a dash, about a W-9, a 1099 or a
// certificate of insurance, with what a bookkeeper adds: on file, needs, no, received, expired,
// a date, or the year the form is for.
var paperworkNote = regexp.MustCompile(`(?i)^\s*(needs?|no|missing|new|updated?)?\s*(w-?9|1099|coi|cert(ificate)?( of)? ins(urance)?|ins(urance)? cert)\.?\s*` +
	`(on file|rec'?d|received|ok|current|expired|exp(ires|ired)?\.?\s*[0-9/.-]*|needed|req(uired)?)?\s*` +
	`((19|20)[0-9]{2})?\s*$`) // the year the form is for: "[NEW W9 2026]"

// paperworkToken is the note as one list tag, or ok false when q is no such note.
func paperworkToken(q string) (token, bool) {
	if len(q) > 40 || !paperworkNote.MatchString(q) {
		return token{}, false
	}
	raw := strings.TrimSpace(q)
	k := noteKey(raw)
	return token{key: k, raw: raw, runes: []rune(k), role: roleTag, qual: true}, true
}
