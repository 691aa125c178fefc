package match

import (
	"slices"
	"strings"
)

// A supply house goes by its name and its trade on one list and by one of its branches on the
// other: "Mayer Electric Supply", "Mayer Electric - Birmingham Br"; "Graybar Electric", "Graybar -
// Dallas". A branch or a store by its number is a supplier's or a chain's. When the whole name's
// trade is a contractor's work, which no supply house goes by ("Border States Paving", "Norco
// Plumbing & Heating"), the firm is a contractor that shares the supplier's name, not one of its
// places: a bookkeeper checks before linking.

// contractorWork are the trades a contractor does and no supply house names itself for: paving,
// not electric, plumbing supply, lumber or steel, which a supplier sells. Not crane: a crane
// rental firm has yards in many towns.
var contractorWork = wordSet(`paving excavating excavation grading painting drywall framing
	carpentry masonry demolition hauling trucking sitework landscaping striping sweeping cleaning
	janitorial abatement sandblasting plastering stucco waterproofing fireproofing caulking
	surveying drilling boring welding glazing heating roofing underground mechanical fence fencing`)

// "Sheet Metal" is read as one word of the trade (tradePhrases).
func init() { contractorWork["sheet metal"] = true }

// contractorBranchTrade returns the words of the trade a firm's whole name adds to a branch's
// name when one of them is a contractor's work and none makes a supplier; else "".
func contractorBranchTrade(v *wholeVerdict) string {
	contractor := false
	for _, w := range strings.Fields(Normalise(v.branchTrade)) {
		if supplierWords[w] {
			return "" // "Quenby Roofing Supply": a supply house of the trade
		}
		contractor = contractor || contractorWork[w]
	}
	if !contractor {
		return ""
	}
	return v.branchTrade
}

// contractorKinds are the kinds of firm (tradeDescriptors) a contractor is and no supply house:
// Construction, Contractors, Builders, Fabricators, Erectors.
const contractorKinds = 1 | 16 | 32

// contractorKindAgainstBranch returns the descriptor of a contractor's kind that the firm's name
// sets aside against the other name, a branch ("Lowe Construction Co.", "Lowes #2226 Skokie"), as
// written; else "". (Measured and left out: a firm at a town without a branch's note, "Pacific
// Metal Co Seattle", changed which of a supplier's numbered branches the firm's whole name took.)
func contractorKindAgainstBranch(q, e *prepared, v *wholeVerdict) string {
	if v.branchTail == "" {
		return ""
	}
	firm := e
	if v.branchQB {
		firm = q
	}
	for i := range firm.toks {
		t := &firm.toks[i]
		if t.role == roleDescriptor && tradeDescriptors[t.key]&contractorKinds != 0 && slices.Contains(v.aside, t.raw) {
			return t.raw
		}
	}
	return ""
}
