package match

import (
	"regexp"
	"strings"
)

// A W-9's name with the name the man goes by in quotes, "Thanh "Tom" Nguyen", "Giuseppe "Joe"
// Marino", is written as the books write it in brackets (nicknamebrackets.go). Only a first name
// in quotes counts: a quoted word of a firm's name ("Kestrel "Best" Plumbing") stays a word.

// quotedWord finds one word in straight or curly double quotes.
var quotedWord = regexp.MustCompile(`["“”]([\p{L}]+)["“”]`)

// quotedNickname writes a first name in quotes in brackets.
func quotedNickname(name string) string {
	if !strings.ContainsAny(name, "\"“”") {
		return name
	}
	return quotedWord.ReplaceAllStringFunc(name, func(m string) string {
		w := quotedWord.FindStringSubmatch(m)[1]
		if !commonFirstName(strings.ToLower(w)) {
			return m
		}
		return "(" + w + ")"
	})
}
