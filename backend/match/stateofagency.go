package match

import "strings"

// A contractor's books keep its own state's agencies without the state: "Dept of Ecology",
// "Dept of Labor & Industries", where the Procore directory writes "Washington State Department
// of Ecology". When one name is the other's with only a state before the agency's word
// (Department, Division, Board…), and the other name names no state at all, the state is the one
// the books are kept in: it is set aside. Another state's agency ("Oregon Dept of Labor") names
// a state of its own and stays apart.

// agencyHeadWords begin a state agency's name after the state.
var agencyHeadWords = wordSet(`department dept division div board bureau office commission`)

// stateBeforeAgency reports that t, left over in ts, is a word of a state's name (or "State")
// before the agency's word that ts starts with once the state is read, that word paired with
// o's first own word, and that o names no state.
func stateBeforeAgency(ts []token, ps []paired, t *token, o []token, op []paired) bool {
	head := -1
	for i := range ts {
		if ts[i].role == roleStop && head < 0 {
			continue
		}
		if agencyHeadWords[ts[i].key] {
			head = i
			break
		}
		if !stateNameWord(ts, i) || ps[i].like != unlike {
			return false // a word other than the state before the agency's word
		}
	}
	if head <= 0 || ps[head].like == unlike || !isBefore(ts, t, head) {
		return false
	}
	first := -1
	for j := range o {
		if stateNameWord(o, j) {
			return false // the other name names a state
		}
		if first < 0 && o[j].role != roleStop {
			first = j
		}
	}
	return first >= 0 && ps[head].at == first
}

// stateNameWord reports that ts[i] is a word of a state's name: a state written out, a two-word
// state's word beside its other word, a postal code in capitals, a traditional short form, or
// "State" after one of them.
func stateNameWord(ts []token, i int) bool {
	t := &ts[i]
	switch {
	case stateNames[t.key]:
		return true
	case i+1 < len(ts) && stateNamePhrases[t.key+"_"+ts[i+1].key], i > 0 && stateNamePhrases[ts[i-1].key+"_"+t.key]:
		return true
	case len(t.raw) == 2 && stateByCode[t.key] != "" && t.raw == strings.ToUpper(t.raw):
		return true
	case t.key == "state" && i > 0 && stateNameWord(ts, i-1):
		return true
	}
	for _, r := range readingSets[t.reading] {
		if stateNames[r] {
			return true
		}
	}
	return false
}

// isBefore reports that t is one of ts's tokens before index end.
func isBefore(ts []token, t *token, end int) bool {
	for i := 0; i < end; i++ {
		if &ts[i] == t {
			return true
		}
	}
	return false
}
