package match

import "strings"

// A subdivision's owners' association is written "HOA" on one list and by its legal name, a
// "Community Association", on the other ("Eastlake Greens HOA Pool Bldg", "EastLake Greens
// Community Assn:Pool Building"). The table reads HOA as Homeowners Association (abbrev.go); it
// cannot read "Community Association" as HOA, or a name's own initials ("HRCA", Highlands Ranch
// Community Association) would no longer be read. So the two words are paired with the letters
// here, only when the other name writes HOA.

// associationKeys are the keys "Association" and its short forms are read as.
var associationKeys = wordSet(`association associates assn assoc`)

// pairHOACommunity pairs the two words the letters HOA of a are read as with "Community" and
// "Association" (or Assn) of b, when neither pair found a counterpart.
func pairHOACommunity(a, b []token, ap, bp []paired) {
	for i := 0; i+1 < len(a); i++ {
		if !strings.EqualFold(a[i].raw, "hoa") || a[i].key != "homeowners" || !associationKeys[a[i+1].key] || ap[i].like != unlike || ap[i+1].like != unlike {
			continue
		}
		for j := 0; j+1 < len(b); j++ {
			if b[j].key != "community" || !associationKeys[b[j+1].key] || bp[j].like != unlike || bp[j+1].like != unlike {
				continue
			}
			ap[i], bp[j] = paired{at: j, like: shortWord}, paired{at: i, like: shortWord}
			ap[i+1], bp[j+1] = paired{at: j + 1, like: sameWord}, paired{at: i + 1, like: sameWord}
			return
		}
	}
}
