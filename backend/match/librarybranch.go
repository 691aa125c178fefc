package match

// A public library's branches are named "<place> Branch" or "<place> Library": "Multnomah County
// Library - Holgate Branch" is the job "Multnomah County:Holgate Library". "Branch" after the
// branch's place, paired with the other name, says what "Library" says when the two names pair
// "Library" too; another place's branch ("Midland Branch") stays apart by its place.

// libraryBranchLeft reports that t, left over in ts, is "Branch" right after a word paired with
// the other name, and that ts has "Library" paired.
func libraryBranchLeft(ts []token, ps []paired, t *token) bool {
	i := tokenAt(ts, t)
	if i < 1 || t.key != "branch" || ps[i-1].like != sameWord || ts[i-1].num != "" {
		return false
	}
	for j := range ts {
		if ts[j].key == "library" && ps[j].like != unlike {
			return true
		}
	}
	return false
}
