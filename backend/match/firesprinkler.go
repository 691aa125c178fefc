package match

// A building's sprinklers are its fire sprinklers: "South End Office Tower - Fire Sprinkler" is
// the job "South End Office Twr Sprinkler". "Fire" right before "Sprinkler", paired with the other
// name, says what every building's sprinkler job is; a lawn's sprinklers are "Irrigation", a
// word of its own that keeps the two apart.

// sprinklerWords are the sprinkler's words "Fire" may stand before.
var sprinklerWords = wordSet(`sprinkler sprinklers`)

// fireBeforeSprinkler reports that t, left over in ts, is "Fire" right before a sprinkler's word
// paired with the other name, o, whose word before it is paired, or its customer's, or none:
// "Irrigation Sprinklers" says another kind.
func fireBeforeSprinkler(ts []token, ps []paired, t *token, o []token, op []paired) bool {
	i := tokenAt(ts, t)
	if i < 0 || i+1 >= len(ts) || t.key != "fire" || !sprinklerWords[ts[i+1].key] || ps[i+1].like == unlike || numberedAfter(ts, i+1) {
		return false
	}
	j := ps[i+1].at
	return j == 0 || op[j-1].like != unlike || o[j-1].customer || o[j-1].role == roleStop
}
