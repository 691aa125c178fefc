package match

// schoolLevels are the words before "School" that name which school: Elementary, Middle, High.
var schoolLevels = wordSet(`elementary middle high`)

// schoolAfterLevel makes "School" after a school's level a word that joins, like "of", left
// out of the comparison: "Mauldin ES" and "Mauldin Elementary", "Cleveland HS" and "Cleveland
// High" are one school, where the table reads ES and HS as Elementary School and High School.
func schoolAfterLevel(out []token) {
	for i := 1; i < len(out); i++ {
		if out[i].key == "school" && out[i].role == roleCore && schoolLevels[out[i-1].key] {
			out[i].role = roleStop
		}
	}
}

// districtWords say a customer is a school district: "Tarrow City Schools", "Tarrow School
// District", "Tarrow ISD".
var districtWords = wordSet(`schools district isd usd sd`)

// schoolOfDistrict reports that t, left over in the Procore name q, is the level of a school
// named after its district's town, "High" of "Tarrow HS Quarry Campus Roof" against the job
// "Tarrow City Schools:Quarry Campus Roof": the word after the district's town that says which
// of its schools, where the bookkeeper keeps the job under the district. Two of the job's own
// words must agree, so that "Tarrow HS Roof" is not any roof of the district's.
func schoolOfDistrict(q []token, qp []paired, e []token, ep []paired, t *token) bool {
	if !schoolLevels[t.key] || t.qual {
		return false
	}
	district := false
	for j := range e {
		district = district || e[j].customer && districtWords[e[j].key]
	}
	if !district || pairedJobWords(e, ep) < 2 {
		return false
	}
	for i := 1; i < len(q); i++ {
		if &q[i] == t {
			p := qp[i-1]
			return p.like == sameWord && e[p.at].customer
		}
	}
	return false
}
