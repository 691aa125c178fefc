package match

// One list writes the label before a building's or a suite's number and the other only the
// number: "Marrow Plaza Bldg C-12 Tenant Improvement" and "Marrow Plaza C-12 TI", "Suite 210"
// and "210". The number says which; the label only says what kind of place it numbers. Another
// label on the other side ("Lot 12" for "Building 12") is another place.

// unitLabels are the words that label a numbered part of a site.
var unitLabels = wordSet(`building bldg suite ste unit space bay`)

// unitLabelLeft reports that t, left over in ts, labels the number after it, which is paired
// with the other name, and that the other name, o, has no label of its own left over.
func unitLabelLeft(ts []token, ps []paired, o []token, op []paired, t *token) bool {
	if !unitLabels[t.key] || t.qual {
		return false
	}
	at := tokenAt(ts, t)
	if at < 0 || at+1 >= len(ts) {
		return false
	}
	next := at + 1
	if ts[next].single() && next+1 < len(ts) && ts[next+1].num != "" {
		next++ // "C-12" read as C and 12
	}
	if ts[next].num == "" && !ts[next].single() || ps[next].like == unlike {
		return false
	}
	for j := range o {
		if unitLabels[o[j].key] && op[j].like == unlike || o[j].role == roleCore && op[j].like == unlike && labelWords[o[j].key] {
			return false
		}
	}
	return true
}

// labelWords number other parts of a site: "Lot 12" is not "Building 12".
var labelWords = wordSet(`lot phase tract parcel area zone level floor wing tower block pad`)
