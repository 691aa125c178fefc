package match

import "strings"

// A bookkeeper sets a note in a vendor's name between stars so that it stands out on every bill:
// "Skyline Drywall **COI expired**", "Kestrel Plumbing *NEW*". The note is read as one in
// brackets is (splitQualifiers): a paperwork note or a list's tag, not a word of the firm's name.
// Stars before the name alone are a sorting mark (inactive.go).

// starNote moves a note between stars at the end of name to quals.
func starNote(name string, quals []string) (string, []string) {
	s := strings.TrimRight(name, " ")
	if !strings.HasSuffix(s, "*") {
		return name, quals
	}
	body := strings.TrimRight(s, "*")
	open := strings.LastIndex(body, " *")
	if open <= 0 {
		return name, quals
	}
	note := strings.Trim(body[open+1:], "* ")
	head := strings.TrimSpace(body[:open])
	if note == "" || !containsLetter(note) || strings.Contains(note, "*") || !containsLetter(head) {
		return name, quals
	}
	return head, append(quals, note)
}
