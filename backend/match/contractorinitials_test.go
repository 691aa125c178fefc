package match

import (
	"strings"
	"testing"
)

// A builder's short name's initials before the project's name say whose job it is; the same job
// title under another builder, another job of the same builder, initials in the middle and a
// homeowner's stay apart.
func TestContractorShortNameInitials(t *testing.T) {
	qb := []Entry{
		{ID: "j", Name: "R.J. Fenwick West Holding Co:Marigold Crossing - Ph 2"},
		{ID: "o", Name: "Osterberg Harlan Builders Inc:Marigold Crossing - Ph 2"},
		{ID: "k", Name: "R.J. Fenwick West Holding Co:Sorrel Park"},
		{ID: "t", Name: "Tamsin Varga Homes of Nevada:Lot 14 Quarry Bend"},
		{ID: "h", Name: "Vance, Lena Tamsin:Garage Addition"},
		{ID: "r", Name: "Ravel Construction:Kestrel Landing Bldg 4"},
		{ID: "s", Name: "Ravel Supply:Kestrel Landing Bldg 5"},
		{ID: "b", Name: "Tallowfront Communities LLC:Third Ave Mixed Use"},
	}
	checkPrecisionCases(t, []precisionCase{
		{"the builder's short name's initials, the dotted ones read", true, qb,
			Entry{ID: "p", Name: "RJF Marigold Crossing Ph 2"}, "j", true, ""},
		{"the other builder's initials", true, qb,
			Entry{ID: "p", Name: "OH - Marigold Crossing Ph 2"}, "o", true, ""},
		{"two words' initials after a dash at the end", true, qb,
			Entry{ID: "p", Name: "Lot 14 Quarry Bend - TV"}, "t", true, ""},
		{"a contractor's initials with the C of the Co its books leave out", true, qb,
			Entry{ID: "p", Name: "RCC Kestrel Landing Bldg 4"}, "r", true, ""},
		{"a C more after a firm that does not build", true, qb,
			Entry{ID: "p", Name: "RSC Kestrel Landing Bldg 5"}, "", false, ""},
		{"a letter for each word of a builder's name made of two", true, qb,
			Entry{ID: "p", Name: "TFC Third Ave Mixed Use"}, "b", true, ""},
		{"a letter too many for the name made of two", true, qb,
			Entry{ID: "p", Name: "TFCC Third Ave Mixed Use"}, "", false, ""},
		{"initials of neither builder", true, qb,
			Entry{ID: "p", Name: "MKB Marigold Crossing Ph 2"}, "", false, ""},
		{"the builder's initials, another job's title", true, qb,
			Entry{ID: "p", Name: "RJF Marigold Park Ph 2"}, "", false, ""},
		{"initials in the middle of the name", true, qb,
			Entry{ID: "p", Name: "Marigold RJF Crossing Ph 2"}, "", false, ""},
		{"a homeowner's initials are no builder's", true, qb,
			Entry{ID: "p", Name: "LVT Garage Addition"}, "", false, ""},
	})
	got := NewIndex(qb).Suggest(Entry{ID: "p", Name: "RJF Marigold Crossing Ph 2"}, 1)
	if len(got) == 0 || !strings.Contains(got[0].Reason, "RJF = R.J. Fenwick") {
		t.Errorf("reason: %v", got)
	}
}
