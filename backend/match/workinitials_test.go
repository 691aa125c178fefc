package match

import "testing"

// A job's work written by the utility trade's letters ("WL" for the waterline, "RTUs" for the
// roof top units) is those words on the other list; other letters, another piece of works or
// the same job under two customers stay a question.
func TestWorkInitials(t *testing.T) {
	qb := func(jobs ...string) []Entry {
		es := []Entry{{ID: "o", Name: "Ostrander Family Trust:Pool House"}}
		for i, j := range jobs {
			es = append(es, Entry{ID: string(rune('a' + i)), Name: j})
		}
		return es
	}
	checkPrecisionCases(t, []precisionCase{
		{"WL for the waterline", true, qb("City of Tarrow:Quillan Ave WL Replacement"),
			Entry{ID: "p", Name: "City of Tarrow Quillan Ave Waterline Replacement"}, "a", true, "WL = Waterline"},
		{"WL for the water line, in two words", true, qb("City of Tarrow:Quillan Ave WL Replacement"),
			Entry{ID: "p", Name: "Tarrow Quillan Ave Water Line Replacement"}, "a", true, ""},
		{"RTUs for the roof top units", true, qb("Tarrow County Schools:North Quillan HS RTUs"),
			Entry{ID: "p", Name: "Tarrow County Schools North Quillan HS Roof Top Units"}, "a", true, "RTUs = Roof Top Units"},
		{"PAC for the performing arts center", true, qb("Balfour Beatty Construction:Quillan HS PAC"),
			Entry{ID: "p", Name: "Balfour - Quillan HS Performing Arts"}, "a", true, ""},
		{"the roof top units of another school", true, qb("Tarrow County Schools:North Quillan HS RTUs"),
			Entry{ID: "p", Name: "Tarrow County Schools South Quillan HS Roof Top Units"}, "", false, ""},
		{"a roof is not the roof top units", true, qb("Tarrow County Schools:North Quillan HS RTUs"),
			Entry{ID: "p", Name: "Tarrow County Schools North Quillan HS Roof"}, "", false, ""},
		{"a water main is not the waterline", true, qb("City of Tarrow:Quillan Ave WL Replacement"),
			Entry{ID: "p", Name: "City of Tarrow Quillan Ave Water Main Replacement"}, "", false, ""},
		{"the same job under two customers", true, qb("City of Tarrow:Quillan Ave WL Replacement", "Tarrow County MUD 4:Quillan Ave WL Replacement"),
			Entry{ID: "p", Name: "Quillan Ave Waterline Replacement"}, "", false, ""},
	})
}
