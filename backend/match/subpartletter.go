package match

// A letter written against the number of a part of a site ("Phase 1B", "Village 4B", "Bldg 4B",
// "Lot 12A") names a part of that part: Phase 1B is built after Phase 1A, and a builder keeps a
// job for each. With the letter on one side only the names are two parts, a question for the
// bookkeeper. A letter after a school's number is its borough ("PS 21X", school.go) and stays
// set aside.

// sitePartLabels number the parts of a site or a subdivision.
var sitePartLabels = wordSet(`phase village bldg building lot lots unit tract section sec parcel
	pod area plan filing neighborhood increment wing tower level floor`)

// subPartLetter reports that t, a word of ts left over, is a letter glued to a number that comes
// right after a label of a part of a site.
func subPartLetter(ts []token, t *token) bool {
	if !t.glued {
		return false
	}
	at := tokenAt(ts, t)
	if at < 2 || ts[at-1].num == "" || ts[at-1].raw != t.raw {
		return false
	}
	return sitePartLabels[ts[at-2].key]
}
