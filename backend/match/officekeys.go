package match

import (
	"slices"
	"strings"
)

// A city's office by its initials with a D for Department ("City of Boston - ISD") shares
// too few letters with the office written out ("Boston Inspectional Services") for the
// trigram search to find it, and its initials with the D are not the other name's initials
// (acronym.go). officeInitialKeys gives the candidate search the initials the other name's
// words make: the place's letters and the office's without the D ("bis"), with and without
// the body's own word ("City"). pairDepartmentInitials (officeinitials.go) still decides.

// officeInitialKeys lists, for a name with one word of three to five capitals starting or
// ending with D, the initials of its other words (joining words and a leading "City of" left
// out or not) followed by the capitals without that D; nil otherwise.
func officeInitialKeys(ts []token) []string {
	// The table may read the capitals as words ("ISD", Independent School District): the
	// word is found by what was written, each of its tokens keeping it in raw.
	office := ""
	for i := range ts {
		t := &ts[i]
		if t.num != "" || t.customer || t.aux || !capitalsWithD(t.raw) || t.raw == office {
			continue
		}
		if office != "" {
			return nil
		}
		office = t.raw
	}
	if office == "" {
		return nil
	}
	letters := []rune(strings.ToLower(office))
	var rests [][]rune // the capitals without the D at either end
	if letters[0] == 'd' {
		rests = append(rests, letters[1:])
	}
	if letters[len(letters)-1] == 'd' {
		rests = append(rests, letters[:len(letters)-1])
	}
	var keys []string
	for _, rest := range rests {
		for _, withBody := range []bool{true, false} {
			var rs []rune
			ok := true
			for i := range ts {
				t := &ts[i]
				if t.raw == office || t.role == roleStop || t.customer || t.aux || !withBody && bodyWordOfPrefix(ts, i) {
					continue
				}
				if t.num != "" || len(t.runes) < 2 {
					ok = false
					break
				}
				rs = append(rs, t.runes[0])
			}
			if k := string(rs) + string(rest); ok && len(rs) >= 1 && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// capitalsWithD reports a word written in three to five capitals starting or ending with D.
func capitalsWithD(raw string) bool {
	if len(raw) < 3 || len(raw) > 5 || raw[0] != 'D' && raw[len(raw)-1] != 'D' {
		return false
	}
	for _, r := range raw {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// bodyWordOfPrefix reports the "City" of a leading "City of", "Town of"… (publicbody.go).
func bodyWordOfPrefix(ts []token, i int) bool {
	k := leadingBody(ts)
	return k >= 2 && i == k-2
}

// officeRead reports that the words of b the initials read say an office, when b itself names
// no public body: "Public" or an office word (Services, Department) among them, and no word of a
// trade ("Tarrow Industrial Supply", "Tarrow Plumbing Works" are firms).
func officeRead(b []token, words []int) bool {
	office := false
	for _, j := range words {
		k := b[j].key
		if tradeWords[k] || supplierWords[k] {
			return false
		}
		office = office || k == "public" || officeWords[k]
	}
	return office
}
