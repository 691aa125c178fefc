package match

// Sidewalk ramps built to the accessibility rules are "ADA Ramps" on one list, "Curb Ramps" or
// just "Ramps" on the other: "MCDOT Dysart Rd Curb Ramps" and "Maricopa County DOT:Dysart Rd ADA
// Ramps". The word before Ramps says which rules or where, not which job.

// rampKindWords are the words that say what kind of ramp.
var rampKindWords = wordSet(`ada curb`)

// rampKindLeft reports that t, left over in ts, is such a word right before a paired "Ramps".
func rampKindLeft(ts []token, ps []paired, t *token) bool {
	if !rampKindWords[t.key] || t.qual || t.customer {
		return false
	}
	for i := range ts {
		if &ts[i] == t {
			return i+1 < len(ts) && (ts[i+1].key == "ramps" || ts[i+1].key == "ramp") && ps[i+1].like != unlike
		}
	}
	return false
}
