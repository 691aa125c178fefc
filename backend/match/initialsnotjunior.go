package match

// "J.R. Castaneda" and "Castaneda Jr, Jose R.": the points of "J.R." before a surname make it a
// person's initials (Jose R.), not the generation word "Jr", which is written after a name. When
// such a leading dotted "J.R." has been paired with a "Jr" that follows the other name's first
// word, the pairing is undone and the initials are read against the given names; the "Jr" left
// over is then a generation one list left out (person.go). If the initials do not spell the given
// names, the first pairing stands.

// givenInitialsOverGeneration re-reads a's leading dotted initials, paired with a generation word
// of b after b's first word, as b's given names' initials. It returns the reading for the
// reason, "J.R. = Jose R.", or "" with nothing changed.
func givenInitialsOverGeneration(a, b []token, ap, bp []paired) string {
	if len(a) < 2 || !a[0].initial || len(a[0].runes) < 2 || ap[0].like == unlike {
		return ""
	}
	j := ap[0].at
	if j < 1 || j >= len(b) || !generationWords[b[j].key] || b[j].initial || bp[j].at != 0 {
		return ""
	}
	savedA, savedB := ap[0], bp[j]
	ap[0], bp[j] = paired{at: -1}, paired{at: -1}
	if reading := pairGivenInitials(a, b, ap, bp); reading != "" {
		return reading
	}
	ap[0], bp[j] = savedA, savedB
	return ""
}
