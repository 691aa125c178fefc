package match

import "strings"

// A firm named for a number writes it with digits on one list and as it is said on the other:
// "128 Mechanical" is "One Twenty Eight Mechanical", said in groups the way a route or an address
// is (one, twenty-eight). A number word of one digit followed by one of two digits, both written
// out, is read as the digits together.

// joinSpokenGroups reads a spelt digit before a spelt number of two digits as one number: "One
// Twenty Eight" (read by joinTens as 1 28) is 128. out is a name's tokens after joinTens.
func joinSpokenGroups(out []token) []token {
	for i := 0; i+1 < len(out); i++ {
		h, t := &out[i], &out[i+1]
		if len(h.num) != 1 || h.num == "0" || len(t.num) != 2 || !allDigits(h.key) || !allDigits(t.key) ||
			strings.ContainsFunc(h.raw+t.raw, isDigitRune) {
			continue
		}
		key := h.num + t.num
		out[i] = token{key: key, raw: h.raw + " " + t.raw, runes: []rune(key), num: numKey(key)}
		out = append(out[:i+1], out[i+2:]...)
	}
	return out
}
