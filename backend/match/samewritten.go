package match

import "strings"

// A short form is read by its place in a name: "St" first is Saint ("St Clement Rectory"), after
// a word Street ("Main St"). So "Archdiocese - St. Clement Rectory" reads Street where the job
// "St Clement Rectory" reads Saint, and the two, written alike, are left unpaired. Two words
// written the same, but for a full stop and capitals, before the same word, are the same word
// whatever each reading: "St Charles Electric" is not "Charles St Electric".

// pairSameWritten pairs the words of a and b left unpaired that are written alike.
func pairSameWritten(a, b []token, ap, bp []paired) {
	for i := range a {
		if ap[i].like != unlike || a[i].num != "" {
			continue
		}
		w := writtenKey(a[i].raw)
		if len(w) < 2 {
			continue
		}
		for j := range b {
			if bp[j].like == unlike && b[j].num == "" && b[j].customer == a[i].customer && writtenKey(b[j].raw) == w && strings.Count(b[j].raw, " ") == 0 && sameNext(a, b, ap, i, j) {
				ap[i] = paired{at: j, like: sameWord}
				bp[j] = paired{at: i, like: sameWord}
				break
			}
		}
	}
}

// writtenKey is a word as written, lower case, without full stops.
func writtenKey(raw string) string {
	return strings.ToLower(strings.ReplaceAll(raw, ".", ""))
}

// sameNext reports that the words after a[i] and b[j] are paired with each other.
func sameNext(a, b []token, ap []paired, i, j int) bool {
	return i+1 < len(a) && j+1 < len(b) && ap[i+1].like != unlike && ap[i+1].at == j+1
}
