package match

import "testing"

// A contractor's trade after the firm's word, in another town than the branch's, is a question;
// in the branch's town it is the firm.
func TestContractorTradeElsewhere(t *testing.T) {
	qb := []Entry{{ID: "b", Name: "Quenby Inc - Portland"}, {ID: "o", Name: "Ostrander Family Trust", City: "Portland"}, {ID: "g", Name: "Gilchrist Paving", City: "Gresham"}}
	checkPrecisionCases(t, []precisionCase{
		{"a contractor's trade in another town", false, qb,
			Entry{ID: "p", Name: "Quenby Electric Co", City: "Gresham"}, "", false, "Gresham"},
		{"the same in the branch's town", false, qb,
			Entry{ID: "p", Name: "Quenby Electric Co", City: "Portland"}, "b", true, ""},
	})
}
