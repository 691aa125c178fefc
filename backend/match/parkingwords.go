package match

// A parking lot is "Parking", "Lot" or "Parking Lot" in a job's name, a parking garage "Parking
// Garage" or "Garage": "Arizona Mills Parking Lot Repairs" and "Arizona Mills:Parking Repairs",
// "Trailhead Parking Lot" and "Trailhead Lot". The word one list adds beside its pair says what
// the other already says. Before a number ("Lot 12", "Garage 4") the word is a label and stays.

// parkedWords are the kinds of parking "Parking" may stand before.
var parkedWords = wordSet(`lot lots garage deck structure`)

// parkingPart reports that t, left over in ts, is "Parking" before a paired lot or garage, or a
// lot or garage after a paired "Parking".
func parkingPart(ts []token, ps []paired, t *token) bool {
	if t.qual || t.customer {
		return false
	}
	for i := range ts {
		if &ts[i] != t {
			continue
		}
		switch {
		case t.key == "parking":
			return i+1 < len(ts) && parkedWords[ts[i+1].key] && ps[i+1].like != unlike && !numberedAfter(ts, i+1)
		case parkedWords[t.key]:
			return i > 0 && ts[i-1].key == "parking" && ps[i-1].like != unlike && !numberedAfter(ts, i)
		}
		return false
	}
	return false
}

// numberedAfter reports that the word at i of ts is followed by a number or a letter: "Lot 12".
func numberedAfter(ts []token, i int) bool {
	return i+1 < len(ts) && (ts[i+1].num != "" || ts[i+1].single())
}
