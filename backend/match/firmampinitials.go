package match

import "strings"

// A firm named by initials joined with "&" ("L&W Supply", "H&E Equipment") is known by them as
// well as by a word: "L&W" is on no other firm's records, where two or three letters written
// alone ("ABC", "JR") are many firms' initials. So its branches are found by their first word as
// a word's are (firstword.go): "L&W Supply - Topeka" and "L&W Supply - Kansas City KS" are two
// places of one firm, and the firm's whole name links to neither in one click.

// ampInitialsFirm reports initials joined with "&" written as the firm's first word: "L & W".
func ampInitialsFirm(t *token) bool {
	return len(t.runes) >= 2 && strings.Contains(t.raw, "&")
}
