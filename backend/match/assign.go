package match

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// perEntry is how many candidates each Procore entry keeps for the assignment to fall back on.
const perEntry = 6

// Assign suggests at most one QuickBooks entry per Procore entry and never the same QuickBooks
// entry for two Procore entries (best scores win; a loser falls back to its next candidate).
// Returns a map from Procore Entry.ID to its suggestion. When two Procore entries tie for the same
// QuickBooks entry at the top, neither may be marked better than Possible (ambiguous).
func Assign(procore []Entry, ix *Index) map[string]Suggestion {
	out := make(map[string]Suggestion, len(procore))
	if ix == nil || len(ix.entries) == 0 || len(procore) == 0 {
		return out
	}
	qs := make([]prepared, len(procore))
	lists := make([][]match, len(procore))
	ix.rankAll(procore, qs, lists)

	// Procore entries whose first choice is the same QuickBooks entry with the same score cannot
	// be told apart by name: whichever gets it, neither is safe to link with one click.
	type top struct {
		score float64
		who   []int
		best  *match // the first tied match, to tell the tied apart by words aside (assigntie.go)
	}
	tops := map[int32]*top{}
	// The Procore entries whose first choice is a QuickBooks entry whose name they extend.
	extenders := map[int32][]int{}
	owners := ownerRivals{} // two firms named for one person (ownerrivals.go)
	for p, l := range lists {
		if len(l) == 0 {
			continue
		}
		owners.add(p, &l[0])
		if l[0].extends || l[0].whole.extends {
			extenders[l[0].idx] = append(extenders[l[0].idx], p)
		}
		t := tops[l[0].idx]
		switch {
		case t == nil:
			tops[l[0].idx] = &top{score: l[0].score, who: []int{p}, best: &l[0]}
		case l[0].score > t.score+1e-9:
			t.score, t.who, t.best = l[0].score, []int{p}, &l[0]
		case l[0].score > t.score-1e-9:
			switch c := asideCompare(&l[0], t.best); {
			case c < 0:
				t.who, t.best = []int{p}, &l[0]
			case c == 0:
				t.who = append(t.who, p)
			}
		}
	}
	rival := make([]string, len(procore))
	for _, t := range tops {
		if len(t.who) < 2 {
			continue
		}
		for i, p := range t.who {
			other := t.who[0]
			if i == 0 {
				other = t.who[1]
			}
			rival[p] = procore[other].Name
		}
	}

	// Greedy by score: each pairing is taken when both sides are still free.
	type edge struct {
		p, r  int
		score float64
	}
	var edges []edge
	for p, l := range lists {
		for r, m := range l {
			edges = append(edges, edge{p, r, m.score})
		}
	}
	slices.SortFunc(edges, func(a, b edge) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.p, b.p), cmp.Compare(a.r, b.r))
	})
	taken := make([]bool, len(ix.entries))
	sure := make([]string, len(ix.entries)) // the Procore name a record went to in one click
	done := make([]bool, len(procore))
	for _, e := range edges {
		m := lists[e.p][e.r]
		if done[e.p] || taken[m.idx] {
			continue
		}
		done[e.p], taken[m.idx] = true, true
		taker, left := ix.tiedOthersTaken(&qs[e.p], lists[e.p], e.r, sure)
		if left {
			m.conf, m.score, m.rival = m.capped.conf, m.capped.score, "" // the others are spoken for (tieleft.go)
		}
		s := ix.suggestion(&qs[e.p], m)
		if left {
			s.Reason += tieLeftReason(taker)
		}
		if rival[e.p] != "" {
			s.Confidence = Possible
			s.Reason += "; ambiguous: Procore also has \"" + rival[e.p] + "\", which matches as well"
		}
		if s.Extends && s.Confidence != Possible {
			for _, other := range extenders[m.idx] {
				if other != e.p && ExtendsRivals(procore[e.p].Name, procore[other].Name) {
					s.Confidence, s.Reason = Possible, s.Reason+ExtendsRival(procore[other].Name)
					break
				}
			}
		}
		if other := owners.other(e.p, m.idx); other >= 0 && s.Confidence != Possible {
			s.Confidence, s.Reason = Possible, s.Reason+ownerRivalReason(procore[other].Name)
		}
		if s.Confidence == Exact || s.Confidence == Likely {
			sure[m.idx] = procore[e.p].Name
		}
		out[procore[e.p].ID] = s
	}
	return out
}

// rankAll ranks every Procore entry, spread over the available cores.
func (ix *Index) rankAll(procore []Entry, qs []prepared, lists [][]match) {
	Parallel(len(procore), func(i int) {
		prepare(&qs[i], procore[i], false, false)
		ix.weigh(&qs[i])
	})
	Parallel(len(procore), func(i int) {
		sc := ix.getScratch()
		l := ix.rank(&qs[i], sc, perEntry)
		ix.putScratch(sc)
		ix.markTie(l)
		lists[i] = l
	})
}

// Parallel calls do(i) for i in [0, n) on all cores. Work is handed out in small batches so that
// a core that drew long names does not hold the others up. The mapping pages rank with it too.
func Parallel(n int, do func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/64))
	if workers == 1 {
		for i := range n {
			do(i)
		}
		return
	}
	const batch = 16
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				start := int(next.Add(batch) - batch)
				if start >= n {
					return
				}
				for i := start; i < min(start+batch, n); i++ {
					do(i)
				}
			}
		})
	}
	wg.Wait()
}
