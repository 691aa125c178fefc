package match

import "testing"

// A label's first letter glued to the number ("L2", "U32", "D5") is the label when the other name
// gives the same number with that label; another number stays apart.
func TestLetterLabels(t *testing.T) {
	qb := func(jobs ...string) []Entry {
		es := []Entry{{ID: "c", Name: "Quarrel Builders"}}
		for i, j := range jobs {
			es = append(es, Entry{ID: string(rune('a' + i)), Name: j})
		}
		return es
	}
	checkPrecisionCases(t, []precisionCase{
		{"L2 for the 2nd floor", true, qb("Quarrel Builders:Tamsin Lab TI - L2", "Quarrel Builders:Tamsin Lab TI - L3"),
			Entry{ID: "p", Name: "Quarrel Builders Tamsin Lab TI 2nd Flr"}, "a", true, ""},
		{"L3 for level 3", true, qb("Quarrel Builders:Tamsin Lab TI - L2", "Quarrel Builders:Tamsin Lab TI - L3"),
			Entry{ID: "p", Name: "Quarrel Builders Tamsin Lab TI Level 3"}, "b", true, ""},
		{"U32 for unit 32", true, qb("Quarrel Builders:Tamsin Ranch U32"),
			Entry{ID: "p", Name: "Quarrel Builders Tamsin Ranch Unit 32"}, "a", true, ""},
		{"another level", true, qb("Quarrel Builders:Tamsin Lab TI - L2"),
			Entry{ID: "p", Name: "Quarrel Builders Tamsin Lab TI Level 4"}, "", false, ""},
		{"another unit", true, qb("Quarrel Builders:Tamsin Ranch U32"),
			Entry{ID: "p", Name: "Quarrel Builders Tamsin Ranch Unit 23"}, "", false, ""},
	})
}
