package match

// A family's only job meets a project named by the family and a word of the work (familyjob.go):
// "Castellano Detached Garage" is the Castellanos' "Garage". When the word both share says only
// what kind of work it is ("Rebuild", "Repairs", "Install") and each name has a word of its own
// for what is worked on ("Brandt Garage Rebuild", "Brandt, Carl:Lanai Rebuild"), the two are two
// jobs of the family, the one in the books an earlier one: a bookkeeper checks.

// kindOfWorkWords say what kind of work a job is, not what is worked on.
var kindOfWorkWords = wordSet(`rebuild rebuilds restoration restore repair repairs replacement
	replace install installation installs upgrade upgrades remodel remodeling renovation
	renovations addition additions conversion rehab refresh refinish repaint reroof retrofit
	damage service maintenance cleanup`)

// familyKindOnly returns the shared words of a family's only job when all of them say the kind
// of work and each name has a word of its own; else "".
func familyKindOnly(q, e *prepared, v *wholeVerdict) string {
	if len(v.familyJob) == 0 {
		return ""
	}
	for _, w := range v.familyJob {
		if !kindOfWorkWords[Normalise(w)] {
			return ""
		}
	}
	if !ownCoreWord(q.toks, e.toks) || !ownCoreWord(e.toks, q.toks) {
		return ""
	}
	return v.familyJob[0]
}

// ownCoreWord reports a word of ts's own job or project name, not its customer's, that says what
// is worked on and other lacks.
func ownCoreWord(ts, other []token) bool {
	keys := map[string]bool{}
	for i := range other {
		keys[other[i].key] = true
	}
	for i := range ts {
		t := &ts[i]
		if !t.customer && t.role == roleCore && t.num == "" && !keys[t.key] && !kindOfWorkWords[t.key] && len(t.runes) >= 3 {
			return true
		}
	}
	return false
}
