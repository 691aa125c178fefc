package match

import "strings"

// A compound of the work is written joined on one list and with a hyphen on the other: "Buildout"
// and "Build-Out", "Fitout" and "Fit-Out", "Repiping" and "Re-pipe". The hyphenated form is read
// as two words, and the joined word pairs first with the first of them, cut short ("Build" for
// "Buildout"), leaving the second ("Out") over. Read together, the two are the joined word.

// compoundEndings are the endings a joined word may add to the two parts it is written as:
// "Repiping" is "Re-pipe" at work.
var compoundEndings = []string{"", "s", "es", "ing", "ed", "d"}

// rejoinSplitWords pairs a word of a, unpaired or paired with a word of b cut short, with two
// neighbours of b that spell it together, the second unpaired and the first unpaired or that
// word cut short.
func rejoinSplitWords(a, b []token, ap, bp []paired) {
	for i := range a {
		if ap[i].like == sameWord || ap[i].like == sameNumber || a[i].num != "" {
			continue
		}
		for j := 0; j+1 < len(b); j++ {
			if bp[j+1].like != unlike || !(bp[j].like == unlike || ap[i].like != unlike && ap[i].at == j) ||
				b[j].num != "" || b[j+1].num != "" || b[j].customer != b[j+1].customer || !spellsJoined(a[i].key, b[j].key+b[j+1].key) {
				continue
			}
			ap[i] = paired{at: j, like: sameWord}
			bp[j], bp[j+1] = paired{at: i, like: sameWord}, paired{at: i, like: sameWord}
			break
		}
	}
}

// spellsJoined reports that word is joined, or joined with an ending ("Repiping", "repipe").
func spellsJoined(word, joined string) bool {
	rest, ok := strings.CutPrefix(word, joined)
	if !ok && strings.HasSuffix(joined, "e") {
		rest, ok = strings.CutPrefix(word, joined[:len(joined)-1]) // "pipe" + "ing"
	}
	return ok && isCompoundEnding(rest)
}

func isCompoundEnding(s string) bool {
	for _, e := range compoundEndings {
		if s == e {
			return true
		}
	}
	return false
}
