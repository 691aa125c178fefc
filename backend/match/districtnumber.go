package match

// A special district is numbered in its legal name ("Snohomish County PUD No. 1", "Water
// District No 1 of Johnson County", "Fire District No. 3"), which the other list often leaves
// out when it keeps one district of the kind ("Snohomish County PUD"). The number written after
// "No." or "Number" right after the district's word is read as a store's number is: set aside
// when one name has it, two different numbers being two districts.

// specialDistrictWords name a special district or a public utility district.
var specialDistrictWords = wordSet(`district districts pud mud wsd rud`)

// districtNumberAt reports that ts[i] is a number written after "No." or "Number" that follows a
// district's word: the "1" of "Snohomish County PUD No. 1".
func districtNumberAt(ts []token, i int) bool {
	if ts[i].num == "" || i < 2 || ts[i-1].key != "no" && ts[i-1].key != "number" {
		return false
	}
	return specialDistrictWords[ts[i-2].key]
}
