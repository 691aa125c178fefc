package match

import "strconv"

// A school's or a city's fiscal year is written as a range of two years ("FY24-25", "FY 2024-25"),
// and a job of that year by one of them ("Summer 2025"): which of the two the work fell in is the
// bookkeeper's to say ("Westview HS FY24-25 Summer Work" may be the summer of 2024 or of 2025). So
// one year of the range paired with the other name's year and the next left over is a question,
// not the same name.

// yearRangeHalfLeft reports that t, left over in ts, is one year of a range written as one code
// ("FY25-26"), the other year of which is paired with a year of the other name.
func yearRangeHalfLeft(ts []token, ps []paired, other []token, t *token) bool {
	if t.num == "" || !t.code || !yearNumber(t.num) {
		return false
	}
	for i := range ts {
		u := &ts[i]
		if u == t || u.raw != t.raw || u.num == "" || ps[i].like == unlike || !yearNumber(other[ps[i].at].num) {
			continue
		}
		if d := yearOf(u.num) - yearOf(t.num); d == 1 || d == -1 {
			return true
		}
	}
	return false
}

// yearNumber reports a number that may be a year: two digits, or four starting 19 or 20.
func yearNumber(n string) bool {
	return len(n) == 2 || len(n) == 4 && (n[:2] == "19" || n[:2] == "20")
}

// yearOf reads a year of two or four digits as its last two digits' number.
func yearOf(n string) int {
	y, _ := strconv.Atoi(n[len(n)-2:])
	return y
}
