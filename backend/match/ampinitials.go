package match

import (
	"strings"
	"unicode"
)

// Initials joined by "&" are a firm's way of writing two words of its line of work joined by
// "&": "Mt Vernon P&H Supply" is Mount Vernon Plumbing & Heating Supply, "Colo Laborers H&W
// Trust" the Health & Welfare trust, "R&D" research and development. They are read so only
// when the other name has those words, joined by "&" or "and", and the words are of a trade or
// a line of work: "J&R Plumbing" is as often two partners' initials, and "Jones & Roberts
// Plumbing" another firm. Being initials, they are never a word of the abbreviation table: "R&D"
// is not "Rd", a road, nor "A&E" a word.

// ampersandReadings are the joined initials a single word stands for too: a research and
// development lab is a research lab.
var ampersandReadings = map[string]string{"rd": "research"}

// workWords are words of a line of work that "&" initials stand for besides the trade and
// descriptor words the tables know (vocabulary): "H&W" Health & Welfare, "W&S" Water & Sewer.
var workWords = wordSet(`research development health welfare pension annuity water sewer sanitation
	wastewater storm drainage design build safety training testing balancing operations maintenance
	cooling air ventilation refrigeration controls gas oil sand gravel stone rock lawn garden tree
	pipe valve tool tools light lighting sound door doors hardware frame frames trim paint supply
	sales rental rentals repair inspection engineering architecture survey mapping pipefitters
	steamfitters gasfitters sprinklerfitters curb curbs gutter`)

// ampersandJoined reports a word joinLetters made of initials joined by "&", "+" or "and" ("P &
// H", "R and D"): two or three letters.
func ampersandJoined(key, raw string) bool {
	if len(key) < 2 || len(key) > 3 || !strings.ContainsFunc(raw, isAmpersand) && !strings.Contains(strings.ToLower(raw), " and ") {
		return false
	}
	for _, r := range key {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return len(strings.Fields(raw)) >= 2*len(key)-1
}

// initialsAsWritten marks the words of an analysis that are initials joined by "&", which the
// abbreviation table must not read (canonical), or nil when there are none.
func initialsAsWritten(words []word) []bool {
	var out []bool
	for i, w := range words {
		if ampersandJoined(w.key, w.raw) {
			if out == nil {
				out = make([]bool, len(words))
			}
			out[i] = true
		}
	}
	return out
}

// pairAmpersandInitials pairs an unpaired word of a written as initials joined by "&" with the
// unpaired words of b they stand for: as many words as letters, each starting with its letter,
// the last two joined by "and", every one a word of a trade or line of work, the job's initials
// standing for its customer's words too ("Platte W&S" for the Platte Water & San District). A lone word an
// initialism stands for (R&D, research) pairs too. It returns how the initials read, for the
// reason, or "".
func pairAmpersandInitials(a, b []token, ap, bp []paired) string {
	for i := range a {
		t := &a[i]
		if ap[i].like != unlike || !ampersandJoined(t.key, t.raw) {
			continue
		}
		if words := ampersandWords(t, b, bp); words != nil {
			ap[i] = paired{at: words[0], like: initialsOf}
			raws := make([]string, 0, 2*len(words))
			for k, j := range words {
				bp[j] = paired{at: i, like: initialsOf}
				if k == len(words)-1 && k > 0 {
					raws = append(raws, "&")
				}
				raws = append(raws, b[j].raw)
			}
			return compactRaw(t.raw) + " = " + strings.Join(raws, " ")
		}
		if w, ok := ampersandReadings[t.key]; ok {
			for j := range b {
				if bp[j].like == unlike && b[j].key == w && b[j].qual == t.qual {
					ap[i] = paired{at: j, like: initialsOf}
					bp[j] = paired{at: i, like: initialsOf}
					return compactRaw(t.raw) + " = " + b[j].raw
				}
			}
		}
	}
	return ""
}

// ampersandWords finds the words of b that t's letters stand for, in order, or nil.
func ampersandWords(t *token, b []token, bp []paired) []int {
	n := len(t.runes)
	for start := range b {
		var words []int
		j := start
		for len(words) < n && j < len(b) {
			w := &b[j]
			if w.role == roleStop && len(words) > 0 && w.key == "and" {
				j++
				continue
			}
			if bp[j].like != unlike || w.num != "" || len(w.runes) < 2 || w.runes[0] != t.runes[len(words)] ||
				w.qual != t.qual || w.customer && t.customer || !workWord(w.key) {
				break
			}
			words = append(words, j)
			j++
		}
		if len(words) == n && b[words[n-1]-1].key == "and" {
			return words
		}
	}
	return nil
}

// workWord reports a word of a trade or line of work, or one cut short ("San" for sanitation).
func workWord(w string) bool {
	if vocabulary[w] || workWords[w] || tradeWords[w] {
		return true
	}
	if len(w) < 3 {
		return false
	}
	for v := range workWords {
		if len(v) > len(w) && strings.HasPrefix(v, w) {
			return true
		}
	}
	return false
}

// compactRaw writes joined initials as they are usually written: "P & H" as "P&H".
func compactRaw(raw string) string {
	if strings.Contains(raw, " and ") || strings.Contains(raw, " And ") {
		return raw
	}
	return strings.ReplaceAll(raw, " ", "")
}
