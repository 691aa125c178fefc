package mapping

import "joblink/backend/match"

// candidate is a QuickBooks record ranked for a Procore record; at is its place in the
// index's records (qbSide.indexed).
type candidate struct {
	at      int32
	score   float64
	conf    match.Confidence
	reason  string
	extends bool // match.Suggestion.Extends: the Procore name is this record's name and more
}

// rankDepth is how many QuickBooks records are kept per Procore record. match.Assign keeps 6;
// the index here also holds linked records, which the assignment skips, so a few more.
const rankDepth = 8

// rank ranks the QuickBooks records of q's index for each row, on every core. This is the
// costly part of matching (seconds at 30,000 records), which is why rankings are kept.
func rank(q *qbSide, rows []*itemRow) {
	match.Parallel(len(rows), func(i int) {
		r := rows[i]
		// best first; a Procore name marked as not in use ("ZZ - … (do not use)") is matched
		// without the mark and never offered for one click
		found := q.index.Suggest(r.entry, rankDepth)
		r.ranked = make([]candidate, len(found))
		for j, s := range found {
			r.ranked[j] = candidate{at: q.at[s.ID], score: s.Score, conf: s.Confidence, reason: s.Reason, extends: s.Extends}
		}
		r.rankedFor = q.gen
	})
}

// suggestion is what a seeking row is offered, if ok.
type suggestion struct {
	candidate
	ok bool
}

// assign gives each seeking row at most one QuickBooks record, never one that is linked or
// offered to another row: the best scores first, and a row that loses its best falls back to
// its next. It is match.Assign over rankings kept between refreshes, so that a link or an
// unlink re-assigns in milliseconds instead of ranking everything again. rows are in the
// view's order, which breaks ties; linked marks the records (by place) items are linked to.
func assign(rows []*itemRow, linked []bool) []suggestion {
	// Each seeking row waits in a queue at its best candidate not yet known to be taken; the
	// queue hands out pairings in the order of a sort of every pairing by score, row and rank,
	// as match.Assign does, without sorting them all.
	q := &pairings{rows: rows}
	for p, r := range rows {
		if !r.seeking() {
			continue // its ranking, if any, may be from an older index
		}
		if w, ok := q.first(p, 0, linked); ok {
			q.w = append(q.w, w)
		}
	}
	rival := rivals(rows, q.w, len(linked))
	extenders := firstExtenders(rows, q.w)
	q.init()
	out := make([]suggestion, len(rows))
	taken := make([]bool, len(linked))
	for len(q.w) > 0 {
		w := q.pop()
		if taken[w.at] {
			if w, ok := q.first(int(w.p), int(w.r)+1, linked); ok {
				q.push(w)
			}
			continue
		}
		taken[w.at] = true
		c := rows[w.p].ranked[w.r]
		if other := rival[w.p]; other >= 0 {
			c.conf = match.Possible
			c.reason += "; ambiguous: Procore also has \"" + rows[other].entry.Name + "\", which matches as well"
		}
		if c.extends && c.conf != match.Possible {
			if other := extendsRival(rows, w.p, extenders[w.at]); other >= 0 {
				c.conf, c.reason = match.Possible, c.reason+match.ExtendsRival(rows[other].entry.Name)
			}
		}
		out[w.p] = suggestion{candidate: c, ok: true}
	}
	return out
}

// rivals finds, for each row, another row whose first free choice is the same record with the
// same score (-1: none). Such rows cannot be told apart by name: whichever gets the record,
// neither is safe to link with one click. firsts are the rows at their first free choice, in
// row order; places is how many records the index holds.
func rivals(rows []*itemRow, firsts []waiting, places int) []int32 {
	type top struct {
		score         float64
		first, second int32
		n, round      int32 // how many share the score; bumped when a better score comes
	}
	tops := make([]top, places)
	joined := make([]int32, len(rows)) // the round in which a row joined its record's top
	for _, w := range firsts {
		t := &tops[w.at]
		switch {
		case t.n == 0 || w.score > t.score+1e-9:
			t.score, t.first, t.second, t.n, t.round = w.score, w.p, -1, 1, t.round+1
		case w.score > t.score-1e-9:
			if t.n == 1 {
				t.second = w.p
			}
			t.n++
		default:
			continue
		}
		joined[w.p] = t.round
	}
	out := make([]int32, len(rows))
	for i := range out {
		out[i] = -1
	}
	for _, w := range firsts {
		t := tops[w.at]
		if t.n > 1 && joined[w.p] == t.round {
			out[w.p] = t.first
			if w.p == t.first {
				out[w.p] = t.second
			}
		}
	}
	return out
}

// firstExtenders finds, for each record, the rows whose first free choice it is and whose names
// extend its name (firsts, in row order): a row that extends a record is not offered it in one
// click when another such row chose it first, whatever its score, as in match.Assign.
func firstExtenders(rows []*itemRow, firsts []waiting) map[int32][]int32 {
	out := map[int32][]int32{}
	for _, w := range firsts {
		if rows[w.p].ranked[w.r].extends {
			out[w.at] = append(out[w.at], w.p)
		}
	}
	return out
}

// extendsRival is a row among others, other than p, that may be the one p's record is instead
// (match.ExtendsRivals), or -1.
func extendsRival(rows []*itemRow, p int32, others []int32) int32 {
	for _, o := range others {
		if o != p && match.ExtendsRivals(rows[p].entry.Name, rows[o].entry.Name) {
			return o
		}
	}
	return -1
}

// waiting is row p at its candidate r, which is record at with score.
type waiting struct {
	p, r, at int32
	score    float64
}

// before orders pairings as match.Assign sorts them: best score, then row, then rank.
func (a waiting) before(b waiting) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.p != b.p {
		return a.p < b.p
	}
	return a.r < b.r
}

// pairings is a binary heap of waiting rows, the best pairing on top.
type pairings struct {
	rows []*itemRow
	w    []waiting
}

// first is row p at its first candidate from r on that no item is linked to, if any.
func (q *pairings) first(p, r int, linked []bool) (waiting, bool) {
	ranked := q.rows[p].ranked
	for ; r < len(ranked); r++ {
		if !linked[ranked[r].at] {
			return waiting{p: int32(p), r: int32(r), at: ranked[r].at, score: ranked[r].score}, true
		}
	}
	return waiting{}, false
}

func (q *pairings) init() {
	for i := len(q.w)/2 - 1; i >= 0; i-- {
		q.down(i)
	}
}

func (q *pairings) push(w waiting) {
	q.w = append(q.w, w)
	for i := len(q.w) - 1; i > 0; {
		parent := (i - 1) / 2
		if !q.w[i].before(q.w[parent]) {
			break
		}
		q.w[i], q.w[parent] = q.w[parent], q.w[i]
		i = parent
	}
}

func (q *pairings) pop() waiting {
	top := q.w[0]
	last := len(q.w) - 1
	q.w[0] = q.w[last]
	q.w = q.w[:last]
	q.down(0)
	return top
}

func (q *pairings) down(i int) {
	for {
		best, l, r := i, 2*i+1, 2*i+2
		if l < len(q.w) && q.w[l].before(q.w[best]) {
			best = l
		}
		if r < len(q.w) && q.w[r].before(q.w[best]) {
			best = r
		}
		if best == i {
			return
		}
		q.w[i], q.w[best] = q.w[best], q.w[i]
		i = best
	}
}
