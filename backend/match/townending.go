package match

// A branch's town of two words after a dash or in brackets ("Wesco - Franklin Park", "Forterra -
// Commerce City") was taken for a person's name as often as a town's, as "(Maria Rojas)" is,
// unless an address of the lists named it. A town's name ends with a word a person's does not:
// City, Park, Heights, Falls, Ferry… That word makes the two words a place, after a dash or in
// brackets, or right after the firm's country ("Doka USA Little Ferry": its US entity's branch).

// townEndWords end the names of towns of two words.
var townEndWords = wordSet(`city park heights falls ferry springs beach hills valley grove lake
	lakes junction village harbor harbour creek ridge bluffs township mills crossing gardens`)

// townOfTwo reports that the two plain words of a branch's note end as a town's name does.
func townOfTwo(plain []string) bool {
	return len(plain) == 2 && townEndWords[plain[1]] && !townEndWords[plain[0]]
}
