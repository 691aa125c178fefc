package match

import (
	"regexp"
	"strings"
)

// A vendor's name in the books often carries the line a bill is sent to: "Hale Painting c/o
// Robert Hale", "Kestrel Supply Attn: Accounts Receivable", "… Care of Marrow Holdings". What
// follows "c/o" or "Attn" says whom the mail reaches, not which firm it is: a note, as text in
// brackets is (splitQualifiers).

// careOfMark finds "c/o", "care of", "attn" or "attention:" after a name's first word; without
// its colon, Attention is a word of a name ("Attention Homes").
var careOfMark = regexp.MustCompile(`(?i)[\s,(-]+(c/o|c\\o|care\s+of|attn\.?:?|attention:)\s+`)

// careOfNote takes the note after a care-of or attention mark off name and adds it to quals.
func careOfNote(name string, quals []string) (string, []string) {
	if !strings.ContainsAny(name, "/\\") && !hasWordPrefix(name, "care", "attn", "attention") {
		return name, quals // most names: spare the regular expression
	}
	loc := careOfMark.FindStringIndex(name)
	if loc == nil || loc[0] == 0 || strings.TrimSpace(name[:loc[0]]) == "" {
		return name, quals
	}
	note := strings.Trim(strings.TrimSpace(name[loc[1]:]), "()")
	if note == "" {
		return name, quals
	}
	return strings.TrimSpace(name[:loc[0]]), append(quals, note)
}

// hasWordPrefix reports a word of name, in any case, that starts with one of the prefixes.
func hasWordPrefix(name string, prefixes ...string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for _, p := range prefixes {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}
