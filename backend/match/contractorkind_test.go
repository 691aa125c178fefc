package match

import "testing"

// A builder named by its own word and another word of its kind is the customer the job is kept
// under; the kind word among the job's words, another builder's own word, and the same job
// under two builders of the word stay questions.
func TestContractorKindWord(t *testing.T) {
	qb := []Entry{
		{ID: "j", Name: "Harlow Homes Nevada:Quarry Bend Village 4"},
		{ID: "k", Name: "Harlow Homes Nevada:Marigold Park"},
		{ID: "o", Name: "Vellum Homes:Sorrel Ridge"},
	}
	twice := append([]Entry{{ID: "m", Name: "Harlow Construction Inc:Quarry Bend Village 4"}}, qb...)
	checkPrecisionCases(t, []precisionCase{
		{"another kind word before the job", true, qb,
			Entry{ID: "p", Name: "Harlow Residential - Quarry Bend Vlg 4"}, "j", true, ""},
		{"another kind word after the job", true, qb,
			Entry{ID: "p", Name: "Quarry Bend Village 4 - Harlow Communities"}, "j", true, ""},
		{"the kind word among the job's words", true, qb,
			Entry{ID: "p", Name: "Marigold Residential Park"}, "", false, ""},
		{"another builder's own word", true, qb,
			Entry{ID: "p", Name: "Osgood Residential - Quarry Bend Vlg 4"}, "", false, ""},
		{"the same job under two firms of the word", true, twice,
			Entry{ID: "p", Name: "Harlow Residential - Quarry Bend Vlg 4"}, "", false, ""},
	})
}
