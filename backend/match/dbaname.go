package match

import "strings"

// A firm kept on one list with its legal and its trade name ("Salazar Enterprises LLC dba
// Pro-Dig") and on the other by its trade name with its trade ("Pro-Dig Excavation") is the same
// firm when the other name reads as the trade name alone, compared whole with every rule a name
// gets (a trade word one list leaves out, a branch, a descriptor): the legal name beside it says
// who owns the firm, not which firm it is. The trigram search does not bring the two together, the
// legal name being most of the letters, so the trade name's own words find the record
// (dbaIndex), and the comparison looks at each part of the name on either side.

// dbaIndex finds the QuickBooks names with a d/b/a (or two names around a slash) by the own
// words of either part.
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
		if l, _ := nameParts(&entries[i]); l == nil {
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
	ql, qr := nameParts(q)
	el, er := nameParts(e)
	bl, br := el, er
	if el == nil {
		bl, br = bracketTradeName(e.toks, e.entry.Name) // "Kessinger Waste LLC (Indy Dumpster)"
	}
	if ql == nil && el == nil && bl == nil {
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
	if el != nil && (try(q.toks, er, er) || try(q.toks, el, el)) {
		return v
	}
	if ql != nil && (try(qr, e.toks, qr) || try(ql, e.toks, ql)) {
		return v
	}
	// The trade name cut short to fit QuickBooks' 41 characters: "… dba AAA Portable", or in
	// brackets, "Kessinger Waste LLC (Indy Dumpster)" (dbacut.go).
	if bl != nil {
		if rest, why := dbaCutShort(bl, br, q.toks, e); rest != nil {
			return wholeVerdict{same: true, quality: brandQuality, aside: rest, tradeName: tokenRaws(br), dbaCut: why}
		}
	}
	// The trade name is a brand the other name adds its business to: "ProPipe Jetting".
	if el != nil {
		if rest := brandFirst(er, q.toks, er); rest != nil {
			return wholeVerdict{same: true, quality: brandQuality, aside: rest, tradeName: tokenRaws(er)}
		}
	}
	if ql != nil {
		if rest := brandFirst(qr, e.toks, e.toks); rest != nil {
			return wholeVerdict{same: true, quality: brandQuality, aside: rest, tradeName: tokenRaws(qr)}
		}
	}
	return v
}

// nameParts splits a name known by two names into its legal and its trade name: around a "dba"
// ("Salazar Enterprises LLC dba Pro-Dig"), or around a slash between two names of two words or
// more each, the first ending as a firm's name does ("Backflow Prevention Svcs/Boston Backflow";
// "Kestrel Heating/Cooling Plus" is one name). Both nil when the name is one name.
func nameParts(p *prepared) (left, right []token) {
	if a := dbaAt(p.toks); a > 0 {
		return p.toks[:a], p.toks[a+1:]
	}
	if k := slashAt(p); k > 0 {
		return p.toks[:k], p.toks[k:]
	}
	return nil, nil
}

// slashAt is the index of the first token after a slash between two names, or -1.
func slashAt(p *prepared) int {
	name := p.entry.Name
	i := strings.IndexByte(name, '/')
	if i < 0 || strings.Count(name, "/") != 1 {
		return -1
	}
	l, r := strings.Fields(name[:i]), strings.Fields(name[i+1:])
	if len(l) < 2 || len(r) < 2 || len(p.toks) < 4 {
		return -1
	}
	first := strings.ToLower(strings.Trim(r[0], ".,-()"))
	for k := len(p.toks) - len(r); k > 0 && k >= len(p.toks)-len(r)-1; k-- {
		if strings.ToLower(p.toks[k].raw) == first && nameEnd(&p.toks[k-1]) {
			return k
		}
	}
	return -1
}

// nameEnd reports a word a firm's whole name ends with, a kind of firm or a legal form ("Svcs",
// "Inc"): before a slash it says a second name follows, where "Heating/Cooling" joins two words.
func nameEnd(t *token) bool {
	return t.role == roleDescriptor || legalWords[t.key]
}

// brandQuality is the whole-name quality of a brand with its business added: below a name that
// is the trade name with nothing added.
const brandQuality = 0.8

// maxBrandWords is how many words of its business a name may add after a trade name.
const maxBrandWords = 2

// brandFirst returns the words other adds to the trade name brand, as written, when other starts
// with brand's first word, has every word of brand in order and adds one or two words of its own
// ("Jetting" of "ProPipe Jetting", "Portable" of "Patriot Portable Storage") and nothing else,
// and brand has a word no other QuickBooks record has (unique, read from the QuickBooks side's
// tokens qbSide): a brand, "ProPipe", "Cactus Johnny's", not a common word. Else nil.
func brandFirst(brand, other, qbSide []token) []string {
	var words []*token
	for i := range brand {
		if brand[i].role != roleStop {
			words = append(words, &brand[i])
		}
	}
	if len(words) == 0 || len(other) <= len(words) || other[0].key != words[0].key {
		return nil
	}
	distinct := false
	for i := range qbSide {
		t := &qbSide[i]
		distinct = distinct || t.unique && dbaOwnWord(t) && len(t.runes) >= 4 && slicesHasKey(words, t.key)
	}
	if !distinct {
		return nil
	}
	return brandAdds(words, other)
}

// brandAdds returns the words other adds to the words of a trade name, as written, when other
// has every one of them in order and adds one or two words of its own and nothing else; else nil.
func brandAdds(words []*token, other []token) []string {
	var out []string
	k := 0
	for i := range other {
		t := &other[i]
		if k < len(words) && t.key == words[k].key {
			k++
			continue
		}
		if t.role != roleCore || t.num != "" || t.qual || t.single() || len(out) == maxBrandWords {
			return nil
		}
		out = append(out, t.raw)
	}
	if k < len(words) || len(out) == 0 {
		return nil
	}
	return out
}

// slicesHasKey reports whether one of ts has key k.
func slicesHasKey(ts []*token, k string) bool {
	for _, t := range ts {
		if t.key == k {
			return true
		}
	}
	return false
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
