package match

import "strings"

// Bookkeepers set a note in a vendor's name off with stars so that it catches the eye on every
// bill: "Skyline Drywall **COI expired**", "Kestrel Plumbing *W9 needed*". What the stars hold is
// a note, as text in brackets is (splitQualifiers), not a word of the firm's name. A star before
// the name only ("*Kestrel Plumbing") is a sorting or not-in-use mark, read by inactive.go.

// starNote takes a note in stars after the name's first word off name and adds it to quals.
func starNote(name string, quals []string) (string, []string) {
	open := strings.Index(name, " *")
	if open <= 0 {
		return name, quals
	}
	note := strings.Trim(strings.TrimSpace(name[open:]), "* ")
	rest := ""
	if end := strings.LastIndexByte(name, '*'); end > open+1 && end+1 < len(name) {
		// "Kestrel *W9* Plumbing": words after the closing star go back to the name.
		note = strings.Trim(name[open:end], "* ")
		rest = name[end+1:]
	}
	if note == "" || strings.TrimSpace(name[:open]) == "" {
		return name, quals
	}
	return strings.Join(strings.Fields(name[:open]+" "+rest), " "), append(quals, note)
}
