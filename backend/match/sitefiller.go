package match

// A college's campus is named with or without the word: "Eastfield Campus Building G" and
// "Eastfield Bldg G", "ASU West Campus Sidewalks" and "Arizona State University:West
// Sidewalks"; a part of a building with or without "Area": "Jail Intake Area Upgrades" and "Jail
// Intake Upgrades". The word after the name says what kind of place it names, not which. With a
// number or letter after it ("Area 5") the word labels a numbered part of the site and stays.
// So do the words that say what kind of building a name is, after a word of the job's own name:
// "Burruss Hall Classrooms" and "Burruss Classrooms", "Midtown Station Apartments" and "Midtown
// Station", "Murfreesboro Dialysis Center" and "Murfreesboro Dialysis", "Hawthorne Plaza Dental
// Office" and "Hawthorne Plaza Dental", "Cudahy Library LED Retrofit" and "Cudahy LED Retrofit", "Lakewood Tower Risers" and "Lakewood Risers", when two
// words of the job's own say which job; not after a point of the compass ("North Tower Lobby"
// may be another lobby than "North Lobby"). And "Site" before a word of the work says where the work is done:
// "Site Flatwork" is the flatwork; "Wet" before "Utilities" says which utilities.

// siteKindWords are the words that say a name before them is a campus, an area, a tenant's
// space ("Retail Suite TI", "Retail TI") or a tract of homes ("Pinnacle Ridge Subdivision
// Paving" for the developer Pinnacle Ridge's job "Paving").
var siteKindWords = wordSet(`campus area suite space subdivision`)

// buildingKindWords say what kind of building the name before them is.
var buildingKindWords = wordSet(`hall center centre apartments complex library tower towers pavilion office building
	hospital academy`)

// siteKindLeft reports that t, left over in ts, is "Campus" or "Area" after a word paired with
// the other name, with no number or letter after it.
func siteKindLeft(ts []token, ps []paired, t *token) bool {
	return siteKindWords[t.key] && kindWordAt(ts, ps, t) >= 0
}

// buildingKindLeft reports that t, left over in ts, says what kind of building the word before
// it names, a word of the job's own name on both sides, with two words of the job's own paired
// (e, ep are the QuickBooks job's, either ts or the other name).
func buildingKindLeft(ts []token, ps []paired, t *token, e []token, ep []paired) bool {
	if !buildingKindWords[t.key] && !areaKindWords[t.key] || pairedJobWords(e, ep) < 2 { // areakind.go
		return false
	}
	i := kindWordAt(ts, ps, t)
	if i < 0 || ts[i-1].customer || ps[i-1].like != sameWord || compassWords[ts[i-1].key] {
		return false // "North Tower Lobby" may be another lobby than "North Lobby"
	}
	if &ts[0] == &e[0] {
		return true // the word before is the job's own
	}
	return !e[ps[i-1].at].customer
}

// kindWordAt is where t, left over in ts and said neither of a customer nor in a note, stands
// after a word paired with the other name and before no number or letter; or -1.
func kindWordAt(ts []token, ps []paired, t *token) int {
	if t.qual || t.customer {
		return -1
	}
	for i := range ts {
		if &ts[i] != t {
			continue
		}
		if i == 0 || ps[i-1].like == unlike || ts[i-1].num != "" {
			return -1
		}
		if i+1 < len(ts) && (ts[i+1].num != "" || ts[i+1].single()) {
			return -1 // "Area 5", "Campus B"
		}
		return i
	}
	return -1
}

// workPlaceWords, before a word of the work, say which part of that work is meant, not which
// job: "Site Flatwork", "Offsite Paving", and the "Wet" and "Dry Utilities" a site contractor
// bids apart (water and sewer lines; power, gas and telephone).
var workPlaceWords = wordSet(`site offsite onsite wet dry`)

// siteBeforeWork reports that t, left over in ts, is "Site" (or another of workPlaceWords) right
// before a word of the work that is paired with the other name ("Site Flatwork", "Flatwork"), or
// that is itself the word of the work the name ends with, which the other name leaves out
// ("Plumas Lake Wet Utilities" for the job "Plumas Lake", scopeatend.go), or a weak word of the
// kind of work at the end ("Site Improvements").
func siteBeforeWork(ts []token, ps []paired, t *token) bool {
	if !workPlaceWords[t.key] || t.qual || t.customer {
		return false
	}
	i := tokenAt(ts, t)
	if i < 0 || i+1 >= len(ts) {
		return false
	}
	next := &ts[i+1]
	if ps[i+1].like != unlike {
		// Only "Site" against the bare word: "Wet Utilities" and "Dry Utilities" are two parts.
		return t.key == "site" && (tradeWords[next.key] || lastWorkWords[next.key])
	}
	if next.role == roleWeak {
		// "Site Improvements", "Site Repairs": the kind of work, said last, the job leaves out.
		for j := i + 1; j < len(ts); j++ {
			if ts[j].role == roleCore || ts[j].num != "" {
				return false
			}
		}
		return true
	}
	return scopeAtEnd(ts, ps, next)
}
