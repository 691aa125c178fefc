package match

import "strings"

// A firm kept on one list with its legal and its trade name ("Salazar Enterprises LLC dba
// Pro-Dig") and on the other by its trade name with its trade ("Pro-Dig Excavation") is the same
// firm when the other name reads as the trade name alone, compared whole with every rule a name
// gets (a trade word one list leaves out, a branch, a descriptor): the legal name beside it says
// who owns the firm, not which firm it is. The trigram search does not bring the two together, the
// legal name being most of the letters, so the trade name's own words find the record
// (dbaIndex), and the comparison looks at each part of the name on either side.

// dbaIndex finds the QuickBooks names with a d/b/a by the own words of either part.
type dbaIndex struct {
	byWord map[string][]int32
}

// maxDBAShare is how many d/b/a names may share a word and still be found by it.
const maxDBAShare = 8

// dbaAt is where the "dba" (or "aka") of ts stands between two parts, or -1.
func dbaAt(ts []token) int {
	for i := 1; i+1 < len(ts); i++ {
		if ts[i].key == "dba" || ts[i].key == "aka" {
			return i
		}
	}
	return -1
}

// dbaOwnWord is a word that says which firm a part names: not a trade, a kind of firm, a number
// or a letter.
func dbaOwnWord(t *token) bool {
	return t.role == roleCore && t.num == "" && len(t.runes) >= 2 && !tradeWords[t.key] && !t.qual
}

func newDBAIndex(entries []prepared) dbaIndex {
	d := dbaIndex{byWord: map[string][]int32{}}
	for i := range entries {
		ts := entries[i].toks
		if dbaAt(ts) < 0 {
			continue
		}
		for j := range ts {
			if dbaOwnWord(&ts[j]) {
				d.byWord[ts[j].key] = append(d.byWord[ts[j].key], int32(i))
			}
		}
	}
	return d
}

// candidates adds the d/b/a names that share an own word with q, as close as the trigram search
// would need to compare them whole.
func (d *dbaIndex) candidates(q *prepared, hits []hit) []hit {
	if len(d.byWord) == 0 {
		return hits
	}
	for i := range q.toks {
		t := &q.toks[i]
		if l := d.byWord[t.key]; dbaOwnWord(t) && len(l) <= maxDBAShare {
			for _, id := range l {
				hits = append(hits, hit{idx: id, kind: kindFuzzy, dice: wholeDice})
			}
		}
	}
	return hits
}

// wholeByTradeName compares q with each part of e's d/b/a name, and each part of q's with e,
// and returns the first verdict that finds them the same, marked with the part; else v.
func wholeByTradeName(q, e *prepared, v wholeVerdict, ctx *wholeContext) wholeVerdict {
	qa, ea := dbaAt(q.toks), dbaAt(e.toks)
	if qa < 0 && ea < 0 {
		return v
	}
	try := func(a, b []token, part []token) bool {
		w := compareWhole(a, b, false, false, ctx)
		if !w.same || w.tradeLeft != "" || w.branchTail != "" && !placeTail(w.branchTail, ctx) {
			return false
		}
		w.tradeName = tokenRaws(part)
		v = w
		return true
	}
	if ea > 0 && (try(q.toks, e.toks[ea+1:], e.toks[ea+1:]) || try(q.toks, e.toks[:ea], e.toks[:ea])) {
		return v
	}
	if qa > 0 && (try(q.toks[qa+1:], e.toks, q.toks[qa+1:]) || try(q.toks[:qa], e.toks, q.toks[:qa])) {
		return v
	}
	return v
}

// tokenRaws writes tokens as written, each raw word once.
func tokenRaws(ts []token) string {
	out := ""
	for i := range ts {
		if i > 0 && ts[i].raw == ts[i-1].raw {
			continue
		}
		if out != "" {
			out += " "
		}
		out += ts[i].raw
	}
	return out
}

// placeTail reports that a branch's words, as written, are all a place's, a branch's, a number
// or the kind of store: "Hardware of Parker", "Tacoma Branch 3", not "Gas Massachusetts", where
// the trade name ("Eversource") may name the firm's sister company of another trade.
func placeTail(tail string, ctx *wholeContext) bool {
	for _, w := range strings.Fields(Normalise(tail)) {
		if !(ctx.place(w) || ctx.cities[w] || bigCities[w] || branchMarkers[w] || branchWords[w] ||
			stateNames[w] || stateCodes[w] || compassWords[w] || allDigits(w) || stopWords[w] || storeKinds[w]) {
			return false
		}
	}
	return true
}

// storeKinds are the kinds of store a trade name's branch is named with: "Ace Hardware of Parker".
var storeKinds = wordSet(`hardware lumber supply supplies paint rental rentals home center building materials`)
