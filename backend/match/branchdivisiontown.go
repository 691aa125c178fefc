package match

// A national supplier keeps stores of its divisions beside its general branches, each named with
// the division's trade: "Ferguson HVAC #3281 Louisville" beside "Ferguson #1016 Cincinnati". A
// Procore name that gives the firm and a town but not the division ("Ferguson Enterprises -
// Louisville") is the firm's general branch there, which the QuickBooks list may not hold: the
// division's store in that town is a question, not the branch found by its town
// (branchsametown.go). A word that only says the firm is a supplier ("Supply", "Distributors") is
// no division's, nor a trade before it ("Ferguson Plumbing Supply Englewood": what it sells).

// divisionTradeOnly reports that e has a word of a trade the other name lacks that is not a
// supplier's word, and the other name has no such word of its own: "HVAC" of "Ferguson HVAC #3281
// Louisville" against "Ferguson Enterprises - Louisville".
func divisionTradeOnly(e, other []token) bool {
	ek, ok := ownKeys(e), ownKeys(other)
	for k := range ok {
		if !ek[k] && tradeWords[k] {
			return false // "Ferguson Plumbing Louisville": a trade of its own, two trades
		}
	}
	for i := range e {
		k := e[i].key
		if ok[k] || !tradeWords[k] || supplierWords[k] || storeKinds[k] || e[i].role != roleCore {
			continue
		}
		if i+1 < len(e) && (supplierWords[e[i+1].key] || storeKinds[e[i+1].key]) {
			continue // "Plumbing Supply": what the supply house sells, no division
		}
		return true
	}
	return false
}
