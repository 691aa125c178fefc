package match

import "testing"

// A job kept by its project number alone is the project that carries the number, whatever words
// the project adds; another number, a year, a short number or the number under two owners is not
// linked in one click.
func TestJobNamedByNumberAlone(t *testing.T) {
	qb := func(jobs ...string) []Entry {
		out := []Entry{{ID: "o", Name: "Ostrander Family Trust:Pool House"}}
		for i, j := range jobs {
			out = append(out, Entry{ID: string(rune('a' + i)), Name: j})
		}
		return out
	}
	checkPrecisionCases(t, []precisionCase{
		{"the number leads the project's name", true, qb("Quillan Water District:24-117"),
			Entry{ID: "p", Name: "24-117 Marrowfield Sewer Lateral Rehab"}, "a", true, "project number 24-117 alone"},
		{"the number in brackets after the work", true, qb("Tarrow Housing Authority:23-015"),
			Entry{ID: "p", Name: "THA - Kestrel Manor Boiler (23-015)"}, "a", true, "project number 23-015 alone"},
		{"written without the dash", true, qb("Quillan Water District:24-117"),
			Entry{ID: "p", Name: "24117 Marrowfield Sewer Lateral Rehab"}, "a", true, ""},
		{"another number", true, qb("Quillan Water District:24-117"),
			Entry{ID: "p", Name: "24-118 Marrowfield Sewer Lateral Rehab"}, "", false, ""},
		{"a year is no project number", true, qb("Quillan Water District:2024"),
			Entry{ID: "p", Name: "2024 Marrowfield Sewer Lateral Rehab"}, "", false, ""},
		{"a short number is a building's", true, qb("Quillan Water District:117"),
			Entry{ID: "p", Name: "Marrowfield Pump Station 117"}, "", false, ""},
		{"the same number under two owners", true, qb("Quillan Water District:24-117", "Tarrow County:24-117"),
			Entry{ID: "p", Name: "24-117 Marrowfield Sewer Lateral Rehab"}, "", false, ""},
	})
}
