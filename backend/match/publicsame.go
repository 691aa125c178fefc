package match

import "strings"

// A public body's office is one payee however the lists write what kind of body it is: "Franklin
// County Engineer's Office" is the Franklin Co Engineer, "City of Aurora - Aurora Water" is
// Aurora Water, the city's utility. Both extend the QuickBooks name, and so does another
// Procore record that names another office or a firm ("Franklin County Sanitary Engineer",
// "Aurora Water Well Drilling"); but that record is no rival (extends.go): what it adds says
// which office or which firm, and the QuickBooks name does not say it, while the public body's
// record adds only what kind of body it is. Two records that both add only such words ("Town of
// Tarrow - Water", "City of Tarrow Water") stay rivals.

// bodyOnlyOver reports that name is a public body's (a word of publicBodyWords) and adds to
// other only words that say what kind of public body it is (City, Town, Office, Department,
// "of"), while other adds a word that does not: other names another office or a firm.
func bodyOnlyOver(name, other analysis) bool {
	has := func(a analysis, key string) bool {
		for _, w := range a.words {
			if w.key == key || strings.TrimSuffix(w.key, "s") == strings.TrimSuffix(key, "s") {
				return true // "Engineer's Office", "Sanitary Engineer"
			}
		}
		return false
	}
	public := false
	for _, w := range name.words {
		if publicBodyWords[w.key] {
			public = true
		}
		if !has(other, w.key) && !publicBodyWords[w.key] && !officeWords[w.key] && w.key != "of" && w.key != "the" {
			return false
		}
	}
	if !public {
		return false
	}
	for _, w := range other.words {
		if !has(name, w.key) && !publicBodyWords[w.key] && !officeWords[w.key] && w.key != "of" && w.key != "the" {
			return true
		}
	}
	return false
}
