package match

// A label before a number is written by its first letter glued to the number where the field is
// narrow: "Sorrento Valley Lab TI - L2" is the second floor's ("Level 2", "2nd Flr"), "Pacific
// Highlands Ranch U32" unit 32, "D5 Maint Facility" the district 5 facility. The letter is read
// as the label only when the other name gives the same number with that label beside it; a
// letter that could stand for another label ("L" for a lot) stays a designator.

// letterLabels are the labels a letter glued to a number stands for.
var letterLabels = map[string][]string{
	"l": {"level", "lvl", "floor", "flr", "fl"},
	"f": {"floor", "flr", "fl"},
	"u": {"unit"},
	"d": {"district"},
	"b": {"building", "bldg"},
	"w": {"wing"},
	"t": {"tower"},
}

// pairLetterLabels pairs a letter of a glued to the number after it ("L2"), the number paired
// with one of b, with the label beside that number in b.
func pairLetterLabels(a, b []token, ap, bp []paired) {
	for i := 0; i+1 < len(a); i++ {
		t, n := &a[i], &a[i+1]
		words, ok := letterLabels[t.key]
		if !ok || ap[i].like != unlike || !t.single() || n.num == "" || n.raw != t.raw || ap[i+1].like == unlike {
			continue
		}
		j := ap[i+1].at
		for _, k := range []int{j - 1, j + 1} {
			if k < 0 || k >= len(b) || !letterLabelOf(words, &b[k]) {
				continue
			}
			if bp[k].like == unlike {
				bp[k] = paired{at: i, like: initialsOf}
			} else if bp[k].at != i+1 {
				continue // the label is another number's
			}
			ap[i] = paired{at: k, like: initialsOf}
			break
		}
	}
}

// letterLabelOf reports that t is one of words, as read or as written ("Flr").
func letterLabelOf(words []string, t *token) bool {
	for _, w := range words {
		if t.key == w || writtenKey(t.raw) == w {
			return true
		}
	}
	return false
}
