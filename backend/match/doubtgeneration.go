package match

import "slices"

// "Jr" or "Sr" after a person's name in the Procore directory, which the QuickBooks vendor lacks:
// the vendor may be the father or the son, often both in the trade ("Robert Szymanski Jr",
// "Szymanski, Robert"). The directory names the person it means; the books, kept longer, name the
// one they paid first. When the list has both generations the doubt names the other record
// (otherGeneration, oneclickdoubt.go). A QuickBooks name with the mark against a firm named for
// the owner ("Bobby Gallegos Trucking", "Gallegos, Robert Jr.") is the owner's firm, as the
// labelled sets have it, and stays Likely.

// generationOneSide returns the generation word of the Procore name that the QuickBooks name
// lacks, as written, when neither names a trade (a person's name against a person's); else "".
func generationOneSide(q, e *prepared, v *wholeVerdict) string {
	if v.ownerTrade != "" {
		return ""
	}
	for i := range q.toks {
		if t := &q.toks[i]; generationWords[t.key] && !t.qual && slices.Contains(v.aside, t.raw) {
			return t.raw
		}
	}
	return ""
}
