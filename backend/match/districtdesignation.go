package match

import "strings"

// A school district goes by a designation as well as by its name: "USD 500" is Kansas City,
// Kansas Public Schools, "ISD 833" South Washington County Schools, "R-II" a Missouri district,
// "D97" or "District 97" a district of Illinois. A project manager may put the designation
// before the school's job ("USD 500 Wyandotte HS Media Center") where the bookkeeper keeps the
// job under the district by its name ("KCK Public Schools:Wyandotte HS Media Ctr"). The
// designation then says which customer, as the customer's words would, and is set aside: only
// when the customer is a school district, at least two of the job's own words agree, and the
// customer's own number, when its name gives one ("Blue Valley USD 229"), is the designation's.

// districtAcronyms are the ways of writing a school district's kind before its number.
var districtAcronyms = wordSet(`usd isd sd csd cusd ccsd ufsd uhsd esd hsd`)

// designationLetters go before a district's number: "R-II", "C-4", "RE-1", "D97".
var designationLetters = wordSet(`r c re d`)

// districtDesignation reports that t, a word of the Procore name q left over, belongs to a
// school district's designation and e is a job of a school district.
func districtDesignation(q []token, t *token, e []token, ep []paired) bool {
	at := tokenAt(q, t)
	if at < 0 || !schoolDistrictCustomer(e) || pairedJobWords(e, ep) < 2 {
		return false
	}
	own := ""
	for j := range e {
		if e[j].customer && e[j].num != "" {
			own = e[j].num
			break
		}
	}
	ours := func(num string) bool { return own == "" || sameNum(own, num) }
	switch {
	case districtWordAt(q, at):
		return true
	case t.num != "":
		return at > 0 && (districtWordAt(q, at-1) || designationLetterAt(q, at-1)) && ours(t.num)
	case designationLetterAt(q, at):
		return ours(q[at+1].num)
	}
	return false
}

// districtWordAt reports that q[i] is "District" or a word of a district's acronym as written
// ("USD", which the table reads out as Unified School District).
func districtWordAt(q []token, i int) bool {
	return q[i].key == "district" || districtAcronyms[strings.ToLower(q[i].raw)]
}

// designationLetterAt reports that q[i] is a letter a district's number follows: "R" of "R-II".
func designationLetterAt(q []token, i int) bool {
	return designationLetters[q[i].key] && len(q[i].runes) <= 2 && i+1 < len(q) && q[i+1].num != ""
}

// schoolDistrictCustomer reports that the customer of job e is a school district by its words:
// "Schools", "School District", "ISD", "Board of Education".
func schoolDistrictCustomer(e []token) bool {
	for j := range e {
		if e[j].customer && (districtWords[e[j].key] || e[j].key == "education") {
			return true
		}
	}
	return false
}
