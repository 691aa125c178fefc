package match

import "strings"

// A contractor's trade after a firm's word ("Cummins Electric Co") and a branch of a firm of that
// word named for a town ("Cummins Inc - Portland") are the same firm only when the trade is the
// supplier's own line; a contractor of the name in another town than the branch's is as likely
// a namesake. A supply house's record at its head office's town ("Kestrel Supply" in Boise, the
// branch in Tacoma) keeps the rule of branchplace.go, which wants a street before it doubts.

// contractorTradeElsewhere reports that the trade only the firm's name has is no supplier's word
// and the record with it is in another town than the branch's: the town, or "".
func contractorTradeElsewhere(v *wholeVerdict, other *contact) string {
	if v.branchTrade == "" || v.branchPlace == "" || other.city == "" || sameTown(other.city, v.branchPlace) {
		return ""
	}
	for _, w := range strings.Fields(Normalise(v.branchTrade)) {
		if supplierWords[w] || storeKinds[w] || !tradeWords[w] {
			return ""
		}
	}
	return other.city
}
