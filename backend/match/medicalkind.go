package match

// A hospital's buildings are named with or without the words that say they are a hospital's:
// "Norton Audubon Hospital ICU Expansion" is the job "Audubon ICU Expansion" of Norton
// Healthcare, "Kettering Health Soin Medical Center Cath Lab" the job "Soin Cath Lab". Hospital
// says what kind of building the name before it is, as Hall or Center do (sitefiller.go's
// buildingKindWords); "Medical" before such a word ("Medical Center", "Medical Office") says it
// with it, and the pair is read as one kind word. As for any kind word, only after a word of the
// job's own both names have, not after a point of the compass, and not before a number or letter
// ("Medical Office Bldg 2" labels which building).

// medicalWords say that the kind of building after them is a health care one.
var medicalWords = wordSet(`medical`)

// medicalKindLeft reports that t, left over in ts, is "Medical" before a word of the kind of
// building that is left over too, or that word after "Medical", the pair standing after a word of
// the job's own paired with the other name (e, ep are the QuickBooks job's, either ts or the
// other name).
func medicalKindLeft(ts []token, ps []paired, t *token, e []token, ep []paired) bool {
	i := tokenAt(ts, t)
	if i < 0 {
		return false
	}
	med := i // where "Medical" is
	switch {
	case medicalWords[t.key]:
	case buildingKindWords[t.key] && i > 0 && medicalWords[ts[i-1].key]:
		med = i - 1
	default:
		return false
	}
	kind := med + 1
	if med == 0 || kind >= len(ts) || !buildingKindWords[ts[kind].key] || ps[med].like != unlike || ps[kind].like != unlike ||
		ts[med].qual || ts[kind].qual || ts[med].customer || ts[kind].customer || pairedJobWords(e, ep) < 2 {
		return false
	}
	if kind+1 < len(ts) && (ts[kind+1].num != "" || ts[kind+1].single()) {
		return false // "Medical Office Bldg 2", "Medical Center B"
	}
	before := med - 1
	if ts[before].customer || ps[before].like != sameWord || compassWords[ts[before].key] {
		return false
	}
	if &ts[0] == &e[0] {
		return true // the word before is the job's own
	}
	return !e[ps[before].at].customer
}
