package match

import "testing"

// A fiscal year written as a range of two years ("FY25-26") names both: a job of one of them
// ("Summer 2025") is a question, never a one-click link; a fiscal year of one year is that year.
func TestFiscalYearRange(t *testing.T) {
	qb := func(jobs ...string) []Entry {
		es := []Entry{{ID: "c", Name: "Tarrow Unified School District"}}
		for i, j := range jobs {
			es = append(es, Entry{ID: string(rune('a' + i)), Name: j})
		}
		return es
	}
	checkPrecisionCases(t, []precisionCase{
		{"a fiscal year of one year", true, qb("Tarrow Unified School District:Quillan HS Summer 2025"),
			Entry{ID: "p", Name: "Tarrow USD - Quillan HS FY25 Summer Work"}, "a", true, ""},
		{"a range of two years against one of them", true, qb("Tarrow Unified School District:Quillan HS Summer 2025"),
			Entry{ID: "p", Name: "Tarrow USD - Quillan HS FY25-26 Summer Work"}, "", false, ""},
		{"a range against the earlier year", true, qb("Tarrow Unified School District:Quillan HS Summer 2024", "Tarrow Unified School District:Quillan HS Summer 2025"),
			Entry{ID: "p", Name: "Tarrow USD - Quillan HS FY24-25 Summer Work"}, "", false, ""},
	})
}
