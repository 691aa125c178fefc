package match

import "strings"

// A branch is named for its place or by its number: "HD Supply - Raleigh", "Grainger #418". A
// note after the firm's name with words of another kind names another part of the firm:
// "HD Supply White Cap #8122" is a store of White Cap, a division of its own, not of HD Supply
// Facilities Maintenance. When the other name gives its own division, the two are two parts of
// the firm (or two firms since a sale), and a bookkeeper checks which one the bills come from.

// branchPartName returns the words of a branch's note before its store or branch number that name
// neither a place nor a branch nor a word of the other name ("White Cap" of "White Cap #8122"),
// as written; else "". A town after the number is the store's place ("#2226 Skokie"), and a note
// without a number is read as a place or an office ("Boston Sales Office").
func (ix *Index) branchPartName(q, e *prepared, v *wholeVerdict) string {
	if v.branchTail == "" {
		return ""
	}
	other := q
	if !v.branchQB {
		other = e
	}
	keys := ownKeys(other.toks)
	city := Normalise(q.contact.city)
	var own []string
	for _, w := range strings.Fields(Normalise(v.branchTail)) {
		switch {
		case strings.ContainsFunc(w, isDigitRune):
			return strings.Join(own, " ")
		case keys[w] || stopWords[w] || branchMarkers[w] || stateCodes[w] || bigCities[w] || ix.placeLike(w, city):
		default:
			own = append(own, w)
		}
	}
	return ""
}

// otherDivision returns the name of another part of the firm that a branch's note gives before
// its number, when the other name gives a division of its own ("Facilities Maintenance"); else "".
func (ix *Index) otherDivision(q, e *prepared, v *wholeVerdict) string {
	if len(v.division) == 0 {
		return ""
	}
	return ix.branchPartName(q, e, v)
}
