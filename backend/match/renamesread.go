package match

import (
	"fmt"
	"strings"
	"sync"
)

// A name is one of the table's (renames.go) when, once its legal form, its kind-of-firm words
// ("Company", "Group", "Wireless"), a list label, a note in brackets or after a dash, a store or
// branch number and a trailing place ("CenturyLink Denver Branch", "Sunbelt Rentals Store 0412
// Fresno CA") are set aside, its words are the words of one of the table's spellings, joined
// (so "Century Link" is "CenturyLink" and "T Mobile" is "T-Mobile"). Nothing else is set aside:
// "Century Link Electric LLC" keeps "Electric" and is not the telephone company, and a firm that
// shares one word with a table name never is one.
//
// Every spelling of a name is a node of a graph whose edges go from the old name to the new; a
// firm renamed twice is followed along the chain ("Qwest" to "CenturyLink" to "Lumen"), both
// ways. A QuickBooks record under another name of the Procore record's firm is offered Likely
// (kindRenamed), the newer name first, unless the QuickBooks list also holds the Procore name
// itself or a newer name of the firm than the record's: then the record is Possible, the other
// being the one to link.

// renameGraph is the table read as a graph.
type renameGraph struct {
	byKey    map[string]int32  // a spelling's key → its node
	spelling map[string]string // a key → the table's spelling of it
	name     []string          // node → the name a reason quotes
	// related: node → the other names of its firm, nearest first, with the rows between
	related [][]renameLink
	// newerEdges: node → the rows that renamed it, and the node of each new name
	newerEdges [][]renameEdge
}

type renameEdge struct{ to, row int32 }

// renameLink is another name of a firm, and the rows from the older of the two to the newer.
type renameLink struct {
	node  int32
	rows  []int32 // oldest first
	newer bool    // node is a newer name than the one it is related to
}

// maxRenameChain is how many changes of name a chain may follow: enough for "BFI" to "Allied
// Waste" to "Republic Services".
const maxRenameChain = 4

var renames = sync.OnceValue(func() *renameGraph { return buildRenameGraph(renameTable) })

// spellings are the spellings of one of the table's names.
func spellings(name string) []string { return strings.Split(name, "|") }

// tableKey is the key of one spelling of a table name.
func tableKey(spelling string) string {
	var p prepared
	prepare(&p, Entry{Name: spelling}, false, false)
	return renameKeyOf(ownPart(p.toks, nil))
}

func buildRenameGraph(rows []renameRow) *renameGraph {
	// Spellings of one name, and the same spelling in several rows, are one node.
	parent := map[string]string{}
	var find func(k string) string
	find = func(k string) string {
		if p, ok := parent[k]; ok && p != k {
			r := find(p)
			parent[k] = r
			return r
		}
		parent[k] = k
		return k
	}
	first := map[string]string{} // key → the first name spelt so
	var keysOf [][2][]string
	for _, r := range rows {
		var pair [2][]string
		for side, name := range [2]string{r.old, r.new} {
			var root string
			for i, s := range spellings(name) {
				k := tableKey(s)
				pair[side] = append(pair[side], k)
				if _, ok := first[k]; !ok {
					first[k] = spellings(name)[0]
				}
				if i == 0 {
					root = find(k)
				} else if kr := find(k); kr != root {
					parent[kr] = root
				}
			}
		}
		keysOf = append(keysOf, pair)
	}
	g := &renameGraph{byKey: map[string]int32{}, spelling: map[string]string{}}
	for _, r := range rows {
		for _, s := range append(spellings(r.old), spellings(r.new)...) {
			if k := tableKey(s); g.spelling[k] == "" {
				g.spelling[k] = s
			}
		}
	}
	node := map[string]int32{}
	nodeOf := func(k string) int32 {
		r := find(k)
		n, ok := node[r]
		if !ok {
			n = int32(len(g.name))
			node[r] = n
			g.name = append(g.name, first[r])
			g.newerEdges = append(g.newerEdges, nil)
		}
		g.byKey[k] = n
		return n
	}
	older := make(map[int32][]renameEdge)
	for i, pair := range keysOf {
		var o, n int32
		for _, k := range pair[0] {
			o = nodeOf(k)
		}
		for _, k := range pair[1] {
			n = nodeOf(k)
		}
		g.newerEdges[o] = append(g.newerEdges[o], renameEdge{to: n, row: int32(i)})
		older[n] = append(older[n], renameEdge{to: o, row: int32(i)})
	}
	olderEdges := make([][]renameEdge, len(g.name))
	for k, v := range older {
		olderEdges[k] = v
	}
	g.related = make([][]renameLink, len(g.name))
	for n := range g.name {
		g.related[n] = append(chain(int32(n), g.newerEdges, true), chain(int32(n), olderEdges, false)...)
	}
	return g
}

// chain walks the edges from n breadth first, nearest names first, and returns each name reached
// with the rows between, oldest first.
func chain(n int32, edges [][]renameEdge, newer bool) []renameLink {
	var out []renameLink
	seen := map[int32]bool{n: true}
	front := []renameLink{{node: n}}
	for depth := 0; depth < maxRenameChain && len(front) > 0; depth++ {
		var next []renameLink
		for _, f := range front {
			for _, e := range edges[f.node] {
				if seen[e.to] {
					continue
				}
				seen[e.to] = true
				rows := make([]int32, 0, len(f.rows)+1)
				if newer {
					rows = append(append(rows, f.rows...), e.row)
				} else {
					rows = append(append(rows, e.row), f.rows...)
				}
				next = append(next, renameLink{node: e.to, rows: rows, newer: newer})
			}
		}
		out = append(out, next...)
		front = next
	}
	return out
}

// link is how node m is related to n, if it is.
func (g *renameGraph) link(n, m int32) (renameLink, bool) {
	for _, l := range g.related[n] {
		if l.node == m {
			return l, true
		}
	}
	return renameLink{}, false
}

// renameCutWords name a store or branch before its number: "Store 0412".
var renameCutWords = wordSet(`store branch location br brnch loc`)

// renameRegions are the regions a national firm's entity is named for ("Duke Energy
// Carolinas"): not "Atlantic" or "Pacific", which are words of firms' names ("Bell Atlantic").
var renameRegions = wordSet(`carolinas southeast midwest northeast southwest northwest midatlantic tristate`)

// ownPart appends to out the part of a name that says which firm: without notes in brackets or
// after a dash, list labels, a leading "The", and from a store or branch number on.
func ownPart(ts []token, out []*token) []*token {
	for i := range ts {
		t := &ts[i]
		if t.qual || t.aux || t.customer || t.role == roleTag {
			continue
		}
		if len(out) > 0 && (t.branchNumber || t.code) {
			if len(out) > 1 && renameCutWords[out[len(out)-1].key] {
				out = out[:len(out)-1]
			}
			break
		}
		if len(out) == 0 && t.key == "the" {
			continue
		}
		out = append(out, t)
	}
	return out
}

// withoutPlace drops from the end of own the words of a place or branch ("Denver Branch",
// "Fresno CA", "Southeast"), keeping at least one word.
func withoutPlace(own []*token, cities map[string]bool, city string) []*token {
	place := func(k string) bool {
		return k == city || cities[k] || bigCities[k] || stateNames[k] || stateCodes[k] ||
			stateNamePhrases[strings.ReplaceAll(k, " ", "_")] || renameRegions[k] || k == "us" || k == "usa" || k == "america"
	}
	for len(own) > 1 {
		t := own[len(own)-1]
		switch {
		case t.role == roleStop || renameCutWords[t.key] || place(t.key):
			own = own[:len(own)-1]
		case len(own) > 2 && place(own[len(own)-2].key+" "+t.key):
			own = own[:len(own)-2]
		default:
			return own
		}
	}
	return own
}

// renameKeyOf joins the words of own that name the firm, without its kind ("Company",
// "Wireless", "Holdings"); a firm's trade or kind of work ("Services", "Construction") stays.
func renameKeyOf(own []*token) string { return string(appendRenameKey(nil, own)) }

// appendRenameKey appends the key of own to b: looked up without a string made for every name.
func appendRenameKey(b []byte, own []*token) []byte {
	for _, t := range own {
		if t.role == roleDescriptor && tradeDescriptors[t.key] == 0 {
			continue
		}
		b = append(b, t.key...)
	}
	return b
}

// renameNode is the node of the table that ts names and the key it is found by, or -1: by the
// name as written, or without a trailing place when that is not a table name of its own ("Duke
// Energy Ohio" is a name of the table, "CenturyLink Denver" is CenturyLink's).
func renameNode(g *renameGraph, ts []token, cities map[string]bool, city string) (int32, string) {
	var ownBuf [16]*token
	var keyBuf [64]byte
	own := ownPart(ts, ownBuf[:0])
	if len(own) == 0 {
		return -1, ""
	}
	k := appendRenameKey(keyBuf[:0], own)
	if n, ok := g.byKey[string(k)]; ok {
		return n, string(k)
	}
	if short := withoutPlace(own, cities, city); len(short) < len(own) {
		k = appendRenameKey(keyBuf[:0], short)
		if n, ok := g.byKey[string(k)]; ok {
			return n, string(k)
		}
	}
	return -1, ""
}

// renameIndex holds the QuickBooks records named in the table, by node.
type renameIndex struct {
	byNode map[int32][]int32
	nodeOf map[int32]int32  // record → node
	keyOf  map[int32]string // record → the key of the spelling it is found by
}

func newRenameIndex(entries []prepared, cities map[string]bool) renameIndex {
	g := renames()
	r := renameIndex{byNode: map[int32][]int32{}, nodeOf: map[int32]int32{}, keyOf: map[int32]string{}}
	for i := range entries {
		e := &entries[i]
		if e.parent != "" {
			continue // a job, not a firm
		}
		if n, k := renameNode(g, e.toks, cities, e.contact.city); n >= 0 {
			r.byNode[n] = append(r.byNode[n], int32(i))
			r.nodeOf[int32(i)] = n
			r.keyOf[int32(i)] = k
		}
	}
	return r
}

// renamedCandidates adds the QuickBooks records under another name of q's firm, and under
// another spelling the table gives its name ("Lumen" of "Lumen Technologies").
func (ix *Index) renamedCandidates(q *prepared, hits []hit) []hit {
	if len(ix.renames.byNode) == 0 {
		return hits
	}
	g := renames()
	n, k := renameNode(g, q.toks, ix.cities, q.contact.city)
	if n < 0 {
		return hits
	}
	for _, id := range ix.renames.byNode[n] {
		if ix.renames.keyOf[id] != k {
			hits = append(hits, hit{idx: id, kind: kindRenamed})
		}
	}
	for _, l := range g.related[n] {
		for _, id := range ix.renames.byNode[l.node] {
			hits = append(hits, hit{idx: id, kind: kindRenamed})
		}
	}
	return hits
}

// renamedPair is how q and the record idx are related (no rows: two spellings of one name), and
// why one click would be a guess, or "".
func (ix *Index) renamedPair(q *prepared, idx int32) (l renameLink, doubt string, ok bool) {
	g := renames()
	n, _ := renameNode(g, q.toks, ix.cities, q.contact.city)
	en, found := ix.renames.nodeOf[idx]
	if n < 0 || !found {
		return l, "", false
	}
	if en == n {
		return renameLink{node: n}, "", true
	}
	if l, ok = g.link(n, en); !ok {
		return l, "", false
	}
	if own := ix.renames.byNode[n]; len(own) > 0 {
		return l, fmt.Sprintf("QuickBooks also has %q, under the name Procore gives", ix.entries[own[0]].entry.Name), true
	}
	for _, o := range g.related[en] {
		if !o.newer {
			continue
		}
		if _, mine := g.link(n, o.node); !mine && o.node != n {
			continue
		}
		if recs := ix.renames.byNode[o.node]; len(recs) > 0 {
			return l, fmt.Sprintf("QuickBooks also has %q, a newer name of the firm", ix.entries[recs[0]].entry.Name), true
		}
	}
	if doubt := ix.ownWordsElsewhere(q, idx); doubt != "" {
		return l, doubt, true // renamesownwords.go
	}
	return l, recentAcquisition(l.rows), true // renamesrecent.go
}

// renamedMatch ranks a record found under another name of q's firm: the newer name first, the
// nearer before a name two changes away; Possible when the list holds a better record for it.
func (ix *Index) renamedMatch(q *prepared, m *match) {
	l, doubt, ok := ix.renamedPair(q, m.idx)
	if !ok {
		m.conf = Possible
		return
	}
	switch {
	case len(l.rows) == 0:
		m.score += 0.02 // the Procore name itself, spelt another way
	case l.newer:
		m.score += 0.01
	}
	if len(l.rows) > 1 {
		m.score -= 0.002 * float64(len(l.rows)-1) // the nearer name first
	}
	if doubt != "" {
		m.conf = Possible
	}
}

// renamedReason tells the bookkeeper which change of name makes the two records one firm:
// "\"CenturyLink\" is the former name of \"Lumen Technologies\" (renamed 2020)".
func (ix *Index) renamedReason(q *prepared, idx int32) string {
	l, doubt, ok := ix.renamedPair(q, idx)
	if !ok {
		return "Another name of the same firm"
	}
	if len(l.rows) == 0 {
		g := renames()
		_, k := renameNode(g, q.toks, ix.cities, q.contact.city)
		return fmt.Sprintf("%q and %q are names of one firm", g.spelling[ix.renames.keyOf[idx]], g.spelling[k])
	}
	s := renameStory(l.rows)
	if doubt != "" {
		s += "; but " + doubt + ": check which record to link"
	}
	return s
}

// renameStory tells a chain of changes, oldest first.
func renameStory(rows []int32) string {
	var b strings.Builder
	for i, ri := range rows {
		r := &renameTable[ri]
		old, nw := spellings(r.old)[0], spellings(r.new)[0]
		if i == 0 {
			if r.change == renamed && len(rows) == 1 {
				return fmt.Sprintf("%q is the former name of %q (renamed %d)", old, nw, r.year)
			}
			fmt.Fprintf(&b, "%q ", old)
		} else {
			b.WriteString(", which ")
		}
		switch r.change {
		case renamed:
			fmt.Fprintf(&b, "was renamed %q (%d)", nw, r.year)
		case acquired:
			fmt.Fprintf(&b, "was acquired by %q (%d)", nw, r.year)
		case merged:
			fmt.Fprintf(&b, "merged into %q (%d)", nw, r.year)
		case spunOff:
			fmt.Fprintf(&b, "was spun off as %q (%d)", nw, r.year)
		case tradesAs:
			fmt.Fprintf(&b, "has traded as %q since %d", nw, r.year)
		}
	}
	return b.String()
}
