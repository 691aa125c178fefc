package match

import "strings"

// A job's name says what is done by the thing or by the work: "Pole Lights" and "Pole Lighting",
// "Steam Pipe" and "Steam Piping", "Roof Repairs" and "Roofing Repairs". The work's word in -ing
// is one of the trade's (tradeWords) or of the work items (lastWorkWords), or its stem a word of
// the kind of work ("Basement Finish", "Basement Finishing"); the other word is its stem, alone or
// plural. Other words in -ing stay apart from their stems: "Parking" is not
// "Parks". A word of the work with "re" before it is the work done again ("Reroof", "Roof").

// workForm reports that one of a and b is a word of the work in -ing and the other its stem, or
// the work done again: "Reroof" is the roof's job as "Roofing" is.
func workForm(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if again, ok := strings.CutPrefix(a, "re"); ok && len(again) >= 3 && (again == b || workForm(again, b)) && workStem(again) {
		return true
	}
	if a2, ok := strings.CutPrefix(a, "re"); ok && len(a2) >= 3 && strings.HasPrefix(b, "re") && workForm(a2, b[2:]) {
		return true // the work done again, written both ways: "Regrading", "Regrade"
	}
	stem, ok := strings.CutSuffix(a, "ing")
	if !ok || len(stem) < 3 || !tradeWords[a] && !lastWorkWords[a] && !weakWords[stem] {
		return false // a word of the kind of work and its -ing ("Finish", "Finishing") too
	}
	return b == stem || b == stem+"s" || b == stem+"e" || b == stem+"es"
}

// pairWorkForms pairs the words of a and b left unpaired that are a word of the work and its
// stem.
func pairWorkForms(a, b []token, ap, bp []paired) {
	for i := range a {
		if ap[i].like != unlike || a[i].num != "" || a[i].qual {
			continue
		}
		for j := range b {
			if bp[j].like == unlike && b[j].num == "" && !b[j].qual && workForm(a[i].key, b[j].key) {
				ap[i] = paired{at: j, like: shortWord}
				bp[j] = paired{at: i, like: shortWord}
				break
			}
		}
	}
}

// workStem reports a word of the work or the stem of one in -ing: "roof" of Roofing.
func workStem(w string) bool {
	if tradeWords[w] || lastWorkWords[w] {
		return true
	}
	for _, ing := range []string{w + "ing", strings.TrimSuffix(w, "e") + "ing"} {
		if tradeWords[ing] || lastWorkWords[ing] {
			return true
		}
	}
	return false
}
