package match

import "strings"

// A man named for his father and grandfather often goes by "Trey" or "Tripp", the third of the
// name: the W-9 says "Fulton III, Wallace", the project team writes "Trey Fulton". The surname
// both names have and the "III" on the books say who he is, whatever his baptismal first name.

// thirdNames are the names a third of the name goes by.
var thirdNames = wordSet(`trey tripp trip`)

// pairThirdByName pairs a's leading "Trey" with b's first names and its "III", when b is written
// surname first and the word after "Trey" is paired with b's surname. It returns the reading for
// the reason, "Trey = Wallace III", or "".
func pairThirdByName(a, b []token, ap, bp []paired) string {
	i := firstOwnWord(a)
	if i < 0 || i+1 >= len(a) || firstFlagged(a) || !firstFlagged(b) || !thirdNames[a[i].key] || ap[i].like != unlike {
		return ""
	}
	if s := ap[i+1]; s.like == unlike || b[s.at].first || b[s.at].role != roleCore {
		return ""
	}
	third, firsts := -1, []int{}
	for j := range b {
		switch {
		case b[j].num == "3" && strings.EqualFold(b[j].raw, "III") && bp[j].like == unlike:
			third = j
		case b[j].first && bp[j].like == unlike:
			firsts = append(firsts, j)
		}
	}
	if third < 0 || len(firsts) == 0 {
		return ""
	}
	words := []string{}
	for _, j := range firsts {
		bp[j] = paired{at: i, like: givenName}
		words = append(words, b[j].raw)
	}
	bp[third] = paired{at: i, like: givenName}
	ap[i] = paired{at: firsts[0], like: givenName}
	return a[i].raw + " = " + strings.Join(words, " ") + " " + b[third].raw
}
