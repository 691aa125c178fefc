package match

// A word is cut short at a syllable's start as often as inside one, and then the rest begins
// with a consonant: "Indust" for Industrial, "Equip" for Equipment, "Environ" for Environmental,
// "Develop" for Development. Such a cut is told from a compound of another name (Lake and
// Lakeside, Bay and Bayview) by its rest: an ending that makes words of words (-ment, -rial,
// -tion, -ture…), never a word of its own.

// cutEndings are the endings, beginning with a consonant, that a cut word leaves off.
var cutEndings = wordSet(`ment ments mental rial rials tion tions tional sion sions ture tures tural ship ships`)

// minCutBeforeEnding is the fewest letters a word cut before such an ending keeps: "Equip".
const minCutBeforeEnding = 5

// cutBeforeEnding reports long written as short, its start, with one of cutEndings left off.
func cutBeforeEnding(short, long []rune) bool {
	return len(short) >= minCutBeforeEnding && len(long) > len(short) && hasPrefix(long, short) &&
		cutEndings[string(long[len(short):])]
}
