package match

// A number is introduced by a word that says only that a number follows ("District Council
// No. 14", "Local Number 46"): the word belongs to the number, not to the words of the name,
// whatever initials the other list writes for those words.

// numberSign reports that ts[j] is such a word (numberWords), right before a number.
func numberSign(ts []token, j int) bool {
	return numberWords[ts[j].key] && j+1 < len(ts) && ts[j+1].num != ""
}
