package match

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Index holds one side (QuickBooks) prepared for matching.
type Index struct {
	entries []prepared

	byExact, byLeaf, byNorm, byCompact, byAlias, byGerman, byRole, byCanon, bySorted, byFlat, byInitials map[string][]int32
	postings                                                                                             map[uint64][]int32
	// byAcronym: the entries named by initials, by those initials; byWordInitials: the entries
	// by the initials of their words (acronym.go)
	byAcronym, byWordInitials map[string][]int32
	// byAcronyms: the entries whose names have words written as initials, by the letters of
	// all their words, the initials whole (multiacronym.go)
	byAcronyms map[string][]int32
	// byBodyOffice: public bodies' names with an office's initials, by them (initialsplacefirst.go)
	byBodyOffice map[string][]int32
	// bySurname: the names written surname first, by each word of the surname (personindex.go)
	bySurname map[string][]int32

	df map[string]int32 // how many entries use each canon word

	// gramCount is each entry's number of distinct trigrams, kept apart from the entries so
	// that the candidate search touches a small array rather than thousands of entries
	gramCount []int32

	jobs bool // some entries are jobs: this is a list of customers and jobs
	// jobsOf counts the jobs under each customer, by the customer's name (familyjob.go)
	jobsOf map[string]int32
	// places are the one-word cities of the entries' addresses, normalised; cities all of them
	places, cities map[string]bool

	// contacts finds records by phone and street, for a name that shares nothing (contactname.go)
	contacts contactIndex
	// dba finds names with a d/b/a by the words of either part (dbaname.go)
	dba dbaIndex
	// firstWord finds names by their first own word, a supplier's at its places (firstword.go)
	firstWord firstWordIndex
	// jobInitials finds jobs by the initials their names are written with (jobinitials.go)
	jobInitials jobInitialsIndex
	// renames finds the records named in the table of renamed firms (renamesread.go)
	renames renameIndex

	pool sync.Pool // *scratch
}

// NewIndex prepares the QuickBooks entries of a list whose names are paths, customers and jobs
// ("Customer:Job"), for matching. Entries are kept in the given order, which also breaks ties
// between equal scores.
func NewIndex(entries []Entry) *Index { return newIndex(entries, true) }

// NewFlatIndex prepares the entries of a QuickBooks list that is not nested, vendors, for
// matching: QuickBooks nests customers and jobs but not vendors, so a ':' in a vendor's name
// ("Rojas Holdings, LLC DBA: Desert Tile") is part of the name, not a customer before a job.
func NewFlatIndex(entries []Entry) *Index { return newIndex(entries, false) }

func newIndex(entries []Entry, paths bool) *Index {
	ix := &Index{
		entries:        make([]prepared, len(entries)),
		byExact:        map[string][]int32{},
		byLeaf:         map[string][]int32{},
		byNorm:         map[string][]int32{},
		byCompact:      map[string][]int32{},
		byAlias:        map[string][]int32{},
		byInitials:     map[string][]int32{},
		byAcronym:      map[string][]int32{},
		byWordInitials: map[string][]int32{},
		byAcronyms:     map[string][]int32{},
		byBodyOffice:   map[string][]int32{},
		bySurname:      map[string][]int32{},
		byGerman:       map[string][]int32{},
		byRole:         map[string][]int32{},
		byCanon:        map[string][]int32{},
		bySorted:       map[string][]int32{},
		byFlat:         map[string][]int32{},
		postings:       make(map[uint64][]int32, len(entries)*4),
		df:             map[string]int32{},
	}
	Parallel(len(entries), func(i int) { prepare(&ix.entries[i], entries[i], true, paths) })
	for i := range ix.entries {
		p := &ix.entries[i]
		id := int32(i)
		put := func(m map[string][]int32, k string) {
			if k != "" {
				m[k] = append(m[k], id)
			}
		}
		put(ix.byExact, p.exact)
		put(ix.byLeaf, p.leafExact)
		put(ix.byNorm, p.norm)
		if p.compact != p.norm {
			put(ix.byCompact, p.compact)
		}
		for _, a := range p.an.aliases {
			put(ix.byAlias, a)
		}
		if p.german != p.norm {
			put(ix.byGerman, p.german)
		}
		put(ix.byRole, p.role)
		for _, v := range p.initials {
			put(ix.byInitials, v)
		}
		for _, v := range p.acronyms {
			put(ix.byAcronym, v)
		}
		for _, v := range p.wordInitials {
			put(ix.byWordInitials, v)
		}
		for _, v := range acronymsKeys(p.toks) {
			put(ix.byAcronyms, v) // "NYC DOT" (multiacronym.go)
		}
		put(ix.byBodyOffice, bodyOfficeKey(p.toks)) // "City of Tacoma - TPU" (initialsplacefirst.go)
		put(ix.byCanon, p.canonK)
		for _, k := range surnameKeys(p) {
			put(ix.bySurname, k)
		}
		put(ix.bySorted, p.sorted)
		// Only a name long enough to have been cut short by QuickBooks is worth the truncation test.
		if utf8.RuneCountInString(p.flat) >= 25 {
			put(ix.byFlat, p.flat)
		}
		for _, g := range p.wgrams {
			ix.postings[g] = append(ix.postings[g], id)
		}
		seen := map[string]bool{}
		for _, w := range p.canon {
			if !seen[w] {
				seen[w] = true
				ix.df[w]++
			}
		}
	}
	ix.places, ix.cities = map[string]bool{}, map[string]bool{}
	ix.jobsOf = map[string]int32{}
	ix.gramCount = make([]int32, len(ix.entries))
	for i := range ix.entries {
		ix.gramCount[i] = int32(ix.entries[i].nwgrams)
		if c := ix.entries[i].contact.city; c != "" {
			ix.cities[c] = true
			if !strings.Contains(c, " ") {
				ix.places[c] = true
			}
		}
		ix.weigh(&ix.entries[i])
		for j := range ix.entries[i].toks {
			t := &ix.entries[i].toks[j]
			t.unique = ix.df[t.key] == 1
		}
		if p := ix.entries[i].parent; p != "" {
			ix.jobs = true
			ix.jobsOf[p]++
			for _, id := range ix.byExact[exactKey(p)] {
				ix.entries[id].hasJobs = true
			}
		}
	}
	ix.contacts = newContactIndex(ix.entries)
	ix.dba = newDBAIndex(ix.entries)
	ix.firstWord = newFirstWordIndex(ix.entries)
	ix.jobInitials = newJobInitialsIndex(ix.entries)
	ix.renames = newRenameIndex(ix.entries, ix.cities)
	ix.pool.New = func() any { return &scratch{counts: make([]int32, len(ix.entries))} }
	return ix
}

// weight is a word's rarity among the QuickBooks names: "Construction" and "Services" say little
// about which company it is, "Hendricks" says a lot. Unknown words are the rarest of all.
func (ix *Index) weight(w string) float64 {
	return math.Log(1 + float64(len(ix.entries))/float64(1+ix.df[w]))
}

func (ix *Index) weigh(p *prepared) {
	p.weights = make([]float64, len(p.canon))
	for i, w := range p.canon {
		p.weights[i] = max(ix.weight(w), 0.2)
	}
}

// trigrams lists the distinct rune trigrams of each word padded with a space on both sides, so
// word order does not matter and a word's first and last letters weigh as much as its middle.
// Three runes of 21 bits pack into one uint64.
func trigrams(words [][]rune) []uint64 {
	var out []uint64
	for _, w := range words {
		switch len(w) {
		case 0:
			continue
		case 1:
			out = append(out, pack(' ', w[0], ' '))
			continue
		}
		out = append(out, pack(' ', w[0], w[1]))
		for i := 0; i+2 < len(w); i++ {
			out = append(out, pack(w[i], w[i+1], w[i+2]))
		}
		out = append(out, pack(w[len(w)-2], w[len(w)-1], ' '))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func pack(a, b, c rune) uint64 {
	return uint64(a)<<42 | uint64(b)<<21 | uint64(c)
}

// scratch is per-goroutine working memory for candidate search.
type scratch struct {
	counts  []int32 // shared trigrams per QuickBooks entry
	touched []int32
	lists   [][]int32
	pre     []counted
	hits    []hit
	pairs   []float64
	// for whole-name comparison
	qPairs, ePairs []paired
	qLeft, eLeft   []*token
	whole          wholeContext
}

// hit is a QuickBooks entry worth scoring, with the best key rule that found it.
type hit struct {
	idx  int32
	kind kind
	dice float64
}

func (ix *Index) getScratch() *scratch  { return ix.pool.Get().(*scratch) }
func (ix *Index) putScratch(s *scratch) { ix.pool.Put(s) }

// gramCandidates finds the QuickBooks entries that share the most trigrams with q and appends
// the best few by Dice coefficient. It walks q's rarest trigrams first and skips the very common
// ones ("ion", "con") once it has enough: a name worth suggesting shares some rarer trigram too,
// and the common lists are the long ones. The few survivors get an exact Dice by merging their
// trigram lists.
func (ix *Index) gramCandidates(q *prepared, sc *scratch, keep int, hits []hit) []hit {
	if q.nwgrams == 0 {
		return hits
	}
	lists := sc.lists[:0]
	for _, g := range q.wgrams {
		if l := ix.postings[g]; len(l) > 0 {
			lists = append(lists, l)
		}
	}
	slices.SortFunc(lists, func(a, b []int32) int { return len(a) - len(b) })
	sc.lists = lists
	common := max(200, len(ix.entries)/25)
	always := max(4, (len(lists)+2)/3)
	sc.touched = sc.touched[:0]
	for i, l := range lists {
		if i >= always && len(l) > common {
			break
		}
		for _, id := range l {
			if sc.counts[id] == 0 {
				sc.touched = append(sc.touched, id)
			}
			sc.counts[id]++
		}
	}

	// Preselect by the Dice the walked trigrams promise, then rank the preselected by exact
	// Dice. (By shared count alone, "Bayley" would lose to every "… Construction" for
	// "Bayley Construction": long common words share the most trigrams.)
	const preselect = 24
	pre := sc.pre[:0]
	for _, id := range sc.touched {
		c := int32(4096 * 2 * int64(sc.counts[id]) / int64(q.nwgrams+int(ix.gramCount[id])))
		sc.counts[id] = 0
		if len(pre) == preselect && c <= pre[preselect-1].n {
			continue
		}
		if len(pre) < preselect {
			pre = append(pre, counted{})
		}
		j := len(pre) - 1
		for j > 0 && pre[j-1].n < c {
			pre[j] = pre[j-1]
			j--
		}
		pre[j] = counted{id: id, n: c}
	}
	sc.pre = pre

	start := len(hits)
	const minDice = 0.2
	for _, c := range pre {
		e := &ix.entries[c.id]
		d := 2 * float64(sharedCount(q.wgrams, e.wgrams)) / float64(q.nwgrams+e.nwgrams)
		if d < minDice {
			continue
		}
		top := hits[start:]
		if len(top) == keep && d <= top[keep-1].dice {
			continue
		}
		if len(top) < keep {
			hits = append(hits, hit{})
			top = hits[start:]
		}
		j := len(top) - 1
		for j > 0 && (top[j-1].dice < d || (top[j-1].dice == d && top[j-1].idx > c.id)) {
			top[j] = top[j-1]
			j--
		}
		top[j] = hit{idx: c.id, kind: kindFuzzy, dice: d}
	}
	return hits
}

// counted is an entry with the Dice (scaled to 4096) of the walked trigrams it shares.
type counted struct {
	id int32
	n  int32
}

// sharedCount counts the trigrams two sorted lists have in common.
func sharedCount(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}
