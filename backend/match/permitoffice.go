package match

// A city's permit fees are paid to the city: the project team files them under "City of Roswell
// Permits" or "City of Sandy Springs Building Permits", the bookkeeper under "City of Roswell",
// the payee on the cheque. The words that name the permitting office (Permits, Building,
// Inspections, Planning, Zoning, Community Development, Code Enforcement) may be on one side when
// the other side is the body itself, "City of …" with nothing else left over. A body's other
// office ("Water", "Utilities") is another payee's record and is not read so, nor is a body of
// another kind or place: "Roswell County" is not the City of Roswell.

// permitOfficeWords name a public body's office that issues permits and inspects building work.
var permitOfficeWords = wordSet(`permit permits permitting building inspection inspections
	inspectional planning zoning community development code codes enforcement licensing`)

// bodyKindWords are the kinds of local government whose name leads "… of <place>".
var bodyKindWords = wordSet(`city town county village township borough`)

// permitOffice reports that t, left over in ts, is a word of the permitting office of the public
// body the other name is whole: the body's kind ("City") paired on both sides, and every word
// of the other name paired.
func permitOffice(ts []token, ps []paired, t *token, other []token, otherPs []paired) bool {
	if !bodyOfficeWord(t) || t.num != "" { // or the tax office's (publicoffice.go)
		return false
	}
	kind := false
	for i := range ts {
		if bodyKindWords[ts[i].key] && ps[i].like == sameWord {
			kind = true
		}
		if permitOfficeWords[ts[i].key] && ps[i].like != unlike && !taxOfficeWords[t.key] {
			return false // "Building" paired on both sides: the words are the name's, not an office's
		}
	}
	if !kind {
		return false
	}
	// Every word of the other name, its branch or office tail too ("City of Phoenix - Street
	// Transportation"), must be the body's.
	for j := range other {
		if otherPs[j].like == unlike && other[j].role != roleStop && other[j].key != "of" {
			return false
		}
	}
	return true
}
