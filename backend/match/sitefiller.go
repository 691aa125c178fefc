package match

// A college's campus is named with or without the word: "Eastfield Campus Building G" and
// "Eastfield Bldg G", "ASU West Campus Sidewalks" and "Arizona State University:West
// Sidewalks"; a part of a building with or without "Area": "Jail Intake Area Upgrades" and "Jail
// Intake Upgrades". The word after the name says what kind of place it names, not which. With a
// number or letter after it ("Area 5") the word labels a numbered part of the site and stays.

// siteKindWords are the words that say a name before them is a campus or an area.
var siteKindWords = wordSet(`campus area`)

// siteKindLeft reports that t, left over in ts, is such a word after a word paired with the other
// name, with no number or letter after it.
func siteKindLeft(ts []token, ps []paired, t *token) bool {
	if !siteKindWords[t.key] || t.qual || t.customer {
		return false
	}
	for i := range ts {
		if &ts[i] != t {
			continue
		}
		if i == 0 || ps[i-1].like == unlike || ts[i-1].num != "" {
			return false
		}
		if i+1 < len(ts) && (ts[i+1].num != "" || ts[i+1].single()) {
			return false // "Area 5", "Campus B"
		}
		return true
	}
	return false
}
