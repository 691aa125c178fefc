package match

import "strings"

// Initials stand for a run of words the other name writes out, wherever they are in a job's name:
// "WP Chamber of Commerce" is the Winter Park Chamber of Commerce of "Winter Park Chamber
// Offices", and initials glued to a number name the words before the same number on the other
// side: "FS13" is Fire Station 13, "AIP3" the Anschutz Inpatient Pavilion 3. pairInitials
// (acronym.go) reads initials that are the only word of a name's own left; these are one word of
// several, so the run they spell must be words next to each other, none paired elsewhere. A
// number after the initials or the words ("Metro District 2", "MD No. 3") is the named thing's
// own, which this reading cannot check: such initials are left to the rules that do.

// pairInitialsRun pairs a word of b written in capitals (or letters written against the number
// after them, one word as written) with
// the run of unpaired words of a whose first letters spell it, and returns how it reads
// ("WP = Winter Park"), or "".
func pairInitialsRun(a, b []token, ap, bp []paired) string {
	for j := range b {
		t := &b[j]
		if bp[j].like != unlike || len(t.runes) < 2 || len(t.runes) > 4 || t.num != "" {
			continue
		}
		switch {
		case t.acronym && !t.glued && !numberAfter(b, j):
			for i := range a {
				if n := spellsRun(a, ap, i, t.runes); n > 0 && !numberAfter(a, i+n-1) {
					return pairRun(a, ap, bp, i, n, j)
				}
			}
		case j+1 < len(b) && b[j+1].num != "" && b[j+1].raw == t.raw && bp[j+1].like == sameNumber:
			// The words right before the number the glued letters go with.
			k := bp[j+1].at
			n := len(t.runes)
			if i := k - n; i >= 0 && spellsRun(a, ap, i, t.runes) == n {
				return pairRun(a, ap, bp, i, n, j)
			}
		}
	}
	return ""
}

// spellsRun reports how many words of a, from i, unpaired, each a word of its own, give the
// letters of acr in order (0 when they do not).
func spellsRun(a []token, ap []paired, i int, acr []rune) int {
	if i+len(acr) > len(a) {
		return 0
	}
	for k, r := range acr {
		w := &a[i+k]
		if ap[i+k].like != unlike || w.role != roleCore || w.num != "" || w.acronym || len(w.runes) < 2 || w.runes[0] != r {
			return 0
		}
	}
	return len(acr)
}

// pairRun pairs a[i:i+n] with b[j] as initials and returns the reading.
func pairRun(a []token, ap, bp []paired, i, n, j int) string {
	raws := make([]string, 0, n)
	for k := i; k < i+n; k++ {
		ap[k] = paired{at: j, like: initialsOf}
		raws = append(raws, a[k].raw)
	}
	bp[j] = paired{at: i, like: initialsOf}
	return strings.ToUpper(string(a[i].runes[:1])) + strings.ToUpper(initialsString(a[i : i+n])[1:]) + " = " + strings.Join(raws, " ")
}

// initialsString is the first letters of ts.
func initialsString(ts []token) string {
	var b strings.Builder
	for k := range ts {
		b.WriteRune(ts[k].runes[0])
	}
	return b.String()
}

// numberAfter reports that the word after ts[i], "No." aside, is a number.
func numberAfter(ts []token, i int) bool {
	for k := i + 1; k < len(ts); k++ {
		if numberWords[ts[k].key] {
			continue
		}
		return ts[k].num != ""
	}
	return false
}
