package match

// A place or firm is often called by a word clipped from the starts of two words of its name:
// "Jeffco" for Jefferson County, "NoCo" for Northern Colorado, "SoCal" for Southern California,
// "Medco" for a Medical Company. Such a word pairs with two neighbouring words of the other name
// when it is the start of the one followed by the start of the other, each cut short: "Redwood"
// is not "Red Woodworking" (Red is whole), nor "Lakeside" "Lake Side…".

// minClipPart and maxClipPart are the fewest and most letters each part of a clipped word
// keeps: a syllable or two, "No", "Jeff".
const minClipPart, maxClipPart = 2, 4

// pairClipped pairs each unpaired word of a that is clipped from two neighbouring unpaired
// words of b, and returns how they read for the reason ("Jeffco = Jefferson County").
func pairClipped(a, b []token, ap, bp []paired) []string {
	var out []string
	for i := range a {
		w := a[i].runes
		if ap[i].like != unlike || a[i].num != "" || a[i].role == roleStop || len(w) < 2*minClipPart || len(w) > 2*maxClipPart {
			continue
		}
		for j := 0; j+1 < len(b); j++ {
			x, y := &b[j], &b[j+1]
			if bp[j].like != unlike || bp[j+1].like != unlike || x.num != "" || y.num != "" ||
				x.role == roleStop || y.role == roleStop || x.customer != y.customer || x.qual != y.qual {
				continue
			}
			if !clippedFrom(w, x.runes, y.runes) {
				continue
			}
			ap[i] = paired{at: j, like: initialsOf}
			bp[j], bp[j+1] = paired{at: i, like: initialsOf}, paired{at: i, like: initialsOf}
			out = append(out, a[i].raw+" = "+x.raw+" "+y.raw)
			break
		}
	}
	return out
}

// clippedFrom reports w written as a start of x, cut short, then a start of y, cut short.
func clippedFrom(w, x, y []rune) bool {
	for cut := minClipPart; cut <= len(w)-minClipPart; cut++ {
		head, tail := w[:cut], w[cut:]
		if len(head) <= maxClipPart && len(tail) <= maxClipPart && len(head) < len(x) && len(tail) < len(y) &&
			hasPrefix(x, head) && hasPrefix(y, tail) {
			return true
		}
	}
	return false
}
