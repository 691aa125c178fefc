package match

// "Sasche Overhead Door" for "Sachse Overhead Door": a letter typed two places early or late is
// a slip of the finger like two neighbours swapped ("Electirc"). In a word of six letters or
// more, with the first and the last letter in place, a letter moved over two others spells
// another real name almost never, while a letter changed does (Lindberg, Lindgren).

// minMovedLetter is the shortest word in which a moved letter is read as a slip.
const minMovedLetter = 6

// movedLetter reports two words of the same letters where one letter, neither the first nor the
// last, has moved two places: "Sasche" and "Sachse".
func movedLetter(a, b []rune) bool {
	if len(a) != len(b) || len(a) < minMovedLetter {
		return false
	}
	i, j := -1, -1
	for k := range a {
		if a[k] != b[k] {
			if i < 0 {
				i = k
			}
			j = k
		}
	}
	if i < 1 || j != i+2 || j >= len(a)-1 {
		return false
	}
	// a's letter at i moved after the next two, or b's.
	return a[i] == b[j] && a[i+1] == b[i] && a[i+2] == b[i+1] ||
		b[i] == a[j] && b[i+1] == a[i] && b[i+2] == a[i+1]
}
