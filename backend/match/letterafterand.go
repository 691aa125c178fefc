package match

// A public office written by its initials keeps its second office the same way: "Worcester
// DPW&P" is the DPW & Parks, the letter after "&" the first of the word the other list writes
// after "&". The initials before "&" must be in capitals and paired with the other name, and
// the letter's word must come right after the other name's "&": "Kestrel & P" of a person's
// initial is no office, and "DPW&P" against "DPW & Sewer" stays apart.

// pairLetterAfterInitials pairs a lone letter of a right after "&" and paired capital
// initials with the word of b right after b's "&" after the same initials, when that word
// starts with the letter. It returns how the letter reads, for the reason, or "".
func pairLetterAfterInitials(a, b []token, ap, bp []paired) string {
	for i := 2; i < len(a); i++ {
		if ap[i].like != unlike || !a[i].single() || a[i].num != "" || a[i-1].key != "and" {
			continue
		}
		init := &a[i-2]
		if ap[i-2].like == unlike || !init.acronym || len(init.runes) < 2 {
			continue
		}
		j := ap[i-2].at
		if j+2 >= len(b) || b[j+1].key != "and" || bp[j+2].like != unlike {
			continue
		}
		w := &b[j+2]
		if w.num != "" || len(w.runes) < 2 || w.runes[0] != a[i].runes[0] || w.qual != a[i].qual {
			continue
		}
		ap[i] = paired{at: j + 2, like: initialsOf}
		bp[j+2] = paired{at: i, like: initialsOf}
		return init.raw + "&" + a[i].raw + " = " + b[j].raw + " & " + w.raw
	}
	return ""
}

// joinReadings joins two readings of initials for a reason, either may be "".
func joinReadings(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + ", " + b
}
