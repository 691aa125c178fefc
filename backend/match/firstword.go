package match

// A national supplier's name is often one word of its own ("Hilti", "Fastenal", "Hajoca") and
// the other list keeps one of its places after it ("Hilti Center - Everett", "Fastenal Company -
// Marysville"). The place is most of the letters, so the trigram search does not bring the two
// names together; the firm's first word does. The whole-name comparison then decides (branch.go).

// firstWordIndex finds the QuickBooks names by their first own word.
type firstWordIndex struct {
	byWord map[string][]int32
}

// maxFirstWordShare is how many names may start with a word and still be found by it: more are a
// common word's, not a firm's.
const maxFirstWordShare = 3

// minFirstWordLen is the length of a first word worth looking up: shorter ones are initials or
// common words.
const minFirstWordLen = 4

// firstOwn is the key of the first word of ts that says which firm it is, or "".
func firstOwn(ts []token) string {
	for i := range ts {
		t := &ts[i]
		switch {
		case t.role == roleStop:
			continue
		case t.role == roleCore && t.num == "" && !t.qual && !t.customer && !t.first && !tradeWords[t.key] && (len(t.runes) >= minFirstWordLen || ampInitialsFirm(t)):
			return t.key
		}
		return ""
	}
	return ""
}

func newFirstWordIndex(entries []prepared) firstWordIndex {
	f := firstWordIndex{byWord: map[string][]int32{}}
	for i := range entries {
		if k := firstOwn(entries[i].toks); k != "" {
			f.byWord[k] = append(f.byWord[k], int32(i))
		}
	}
	return f
}

// candidates adds the names that start with q's first own word, when few do, as close as the
// trigram search would need to compare them whole.
func (f *firstWordIndex) candidates(q *prepared, hits []hit) []hit {
	k := firstOwn(q.toks)
	if l := f.byWord[k]; k != "" && len(l) <= maxFirstWordShare {
		for _, id := range l {
			hits = append(hits, hit{idx: id, kind: kindFuzzy, dice: wholeDice})
		}
	}
	return hits
}
