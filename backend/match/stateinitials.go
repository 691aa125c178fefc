package match

import "strings"

// A state's office kept by its initials after the state's postal code is written all in
// capitals: "NH DRA" is the New Hampshire Department of Revenue Administration, "MA DOR" the
// Massachusetts Department of Revenue. A name all in capitals says nothing by its capitals
// (isAcronym), but a postal code and one word of three to six capitals after it is a state and
// its office's initials: the word is read as initials. "NH ROOFING" is no office (the word is
// not initials of the other name), and two words after the code stay words.

// postalCodes are the US states' and DC's postal codes, in capitals.
var postalCodes = wordSet(`AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN
	MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY`)

// initialsAfterStateCode marks the last word of ts as initials when name, all in capitals, is
// a state's postal code and one word of three to six letters.
func initialsAfterStateCode(name string, ts []token) {
	fields := strings.Fields(name)
	if len(fields) != 2 || !postalCodes[fields[0]] || len(fields[1]) < 3 || len(ts) == 0 {
		return
	}
	t := &ts[len(ts)-1]
	if t.raw == fields[1] && len(t.runes) >= 3 {
		t.acronym = isAcronym(t, true)
	}
}
