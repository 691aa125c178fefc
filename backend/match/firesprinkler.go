package match

// A building's sprinklers are its fire sprinklers and its generator its emergency generator:
// "South End Office Tower - Fire Sprinkler" is the job "South End Office Twr Sprinkler", "Replace
// Emergency Generator" the "Generator Replacement". The word right before the equipment, paired
// with the other name, says what every building's such equipment is; a lawn's sprinklers are
// "Irrigation", a word of its own on the other side that keeps the two apart.

// equipmentKinds are the words that say what every building's equipment after them is.
var equipmentKinds = map[string]map[string]bool{
	"fire":      wordSet(`sprinkler sprinklers`),
	"emergency": wordSet(`generator generators`),
	"standby":   wordSet(`generator generators`),
}

// equipmentKindLeft reports that t, left over in ts, is one of equipmentKinds right before its
// equipment's word paired with the other name, o, whose word before it is paired, or its
// customer's, or none: "Irrigation Sprinklers" says another kind.
func equipmentKindLeft(ts []token, ps []paired, t *token, o []token, op []paired) bool {
	i := tokenAt(ts, t)
	if i < 0 || i+1 >= len(ts) || !equipmentKinds[t.key][ts[i+1].key] || ps[i+1].like == unlike || numberedAfter(ts, i+1) {
		return false
	}
	j := ps[i+1].at
	return j == 0 || op[j-1].like != unlike || o[j-1].customer || o[j-1].role == roleStop
}
