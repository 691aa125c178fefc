package match

// A tract builder's lot is written "Lot 22" in one list and "#22" in the other ("Hawthorne Ridge
// #22 - Ashford", "Ashford Custom Homes:Lot 22 Hawthorne Ridge"): in a subdivision's name the
// number after "#" is the lot's, so "Lot" only says what the number already says. Another lot
// ("Lot 23") keeps its own number, and another label ("Bldg 22", "Phase 22") is not set aside.

// lotWords label a subdivision's lot numbers.
var lotWords = wordSet(`lot lots`)

// lotBeforeHashNumber reports that t, a word of ts left over, is "Lot" right before a number
// paired with a number the other name writes after "#".
func lotBeforeHashNumber(ts []token, ps []paired, t *token, other []token) bool {
	if !lotWords[t.key] || t.customer {
		return false
	}
	k := tokenAt(ts, t) + 1
	if k <= 0 || k >= len(ts) || ts[k].num == "" || ps[k].like == unlike {
		return false
	}
	o := &other[ps[k].at]
	return o.num == ts[k].num && o.branchNumber && !o.customer
}
