package match

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// RankDepth is how many candidates each Procore record keeps for the assignment to fall back on.
// The mapping pages keep as many; their rankings also hold records already linked, which the
// assignment skips.
const RankDepth = 8

// Assign suggests at most one QuickBooks entry per Procore entry and never the same QuickBooks
// entry for two Procore entries: it ranks every entry and runs the assignment the mapping pages
// run (AssignRanked), with nothing linked yet. Returns a map from Procore Entry.ID to its
// suggestion.
func Assign(procore []Entry, ix *Index) map[string]Suggestion {
	out := make(map[string]Suggestion, len(procore))
	if ix == nil || len(ix.entries) == 0 || len(procore) == 0 {
		return out
	}
	qs := make([]prepared, len(procore))
	lists := make([][]match, len(procore))
	ix.rankAll(procore, qs, lists)
	// The reasons of the records not assigned are never read: they are worded after.
	rows := make([]Ranked, len(procore))
	Parallel(len(procore), func(p int) {
		rows[p].Name = procore[p].Name
		rows[p].Candidates = make([]Candidate, len(lists[p]))
		for r := range lists[p] {
			rows[p].Candidates[r] = ix.candidate(&qs[p], &lists[p][r], false)
		}
	})
	for p, pk := range assignRanked(rows, make([]bool, len(ix.entries))) {
		if pk.rank < 0 {
			continue
		}
		m := lists[p][pk.rank]
		if pk.left {
			m = rated(m)
		}
		s := ix.suggestion(&qs[p], m)
		s.Confidence, s.Score, s.Reason = pk.conf, pk.score, s.Reason+pk.note
		out[procore[p].ID] = s
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
		l := ix.rank(&qs[i], sc, RankDepth)
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
