package match

// Some trades are named twice by one firm, the second word naming the same work more closely:
// "Kestrel Excavation & Sitework", "Kestrel Glass & Glazing", "Kestrel Drilling & Boring",
// "Kestrel Crane & Rigging", "Kestrel Landscaping & Irrigation" (a landscaper lays the sprinkler
// lines of the beds it plants). A sister firm of the family would not be named for both, so the
// second word, added after "&" on one list, is set aside like any second word of the line of
// work (secondtrade.go). Trades of their own stay a question: "Kestrel Plumbing & Heating" and
// "Kestrel Roofing & Sheet Metal" may be the family's other firm.

// tradeFamilies numbers the trades of one family of work.
var tradeFamilies = map[string]uint8{
	"excavating": 1, "excavation": 1, "grading": 1, "sitework": 1,
	"drilling": 2, "boring": 2,
	"glass": 3, "glazing": 3,
	"crane": 4, "cranes": 4, "rigging": 4,
	"landscaping": 5, "landscape": 5, "irrigation": 5,
}

// sameWork reports two trade words of one family.
func sameWork(a, b string) bool {
	f := tradeFamilies[a]
	return f != 0 && f == tradeFamilies[b]
}

// tradeInTwoWords reports a trade written as two words ("Site Work", "Water Proofing", "Dry
// Wall"), which is read as the one word.
func tradeInTwoWords(a, b *token) bool {
	return a.role == roleCore && b.role == roleCore && a.num == "" && b.num == "" && !a.qual && !b.qual &&
		len(a.runes) >= 3 && len(b.runes) >= 3 && tradeWords[a.key+b.key]
}
