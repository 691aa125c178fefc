package match

import "fmt"

// A firm found only through the table of renames is outside knowledge; the bookkeeper's own list
// is better evidence. When another QuickBooks record starts with every word of the Procore name
// ("Spire Energy" for "Spire", beside "Missouri Gas Energy", Spire's former name), that record is
// probably the one the bookkeeper keeps today, even if its extra word keeps it from one click on
// its own; so the record under the former name is a question, not a one-click link.

// ownWordsElsewhere names a record other than idx, and not another name of the same firm, whose
// name begins with all of q's own words, or returns "".
func (ix *Index) ownWordsElsewhere(q *prepared, idx int32) string {
	var ownBuf [16]*token
	own := ownPart(q.toks, ownBuf[:0])
	first := firstOwn(q.toks)
	if len(own) == 0 || first == "" || own[0].key != first {
		return ""
	}
	for _, id := range ix.firstWord.byWord[first] {
		if id == idx {
			continue
		}
		if _, named := ix.renames.nodeOf[id]; named {
			continue // a name of the table: renamedPair weighs those
		}
		var eBuf [16]*token
		e := ownPart(ix.entries[id].toks, eBuf[:0])
		if len(e) <= len(own) || !sameWords(own, e[:len(own)]) {
			continue
		}
		return fmt.Sprintf("QuickBooks also has %q, which begins with the name Procore gives", ix.entries[id].entry.Name)
	}
	return ""
}

// sameWords reports whether a and b are the same words, in the same order.
func sameWords(a, b []*token) bool {
	for i := range a {
		if a[i].key != b[i].key {
			return false
		}
	}
	return true
}
