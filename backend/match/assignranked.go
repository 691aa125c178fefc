package match

// The one-to-one assignment, shared by Assign and the mapping pages (which keep rankings
// between refreshes and assign again after every link): each Procore record gets at most one
// QuickBooks record and no record goes to two. Pairings are taken best score first, a Procore
// record that loses its best falls back to its next, and a pairing is then weighed against the
// others that wanted the same record: two Procore records the names cannot tell apart
// (a tie), a name that extends the record's as another does (extends.go), two firms named for
// one person (ownerrivals.go), and branches left once the others tied with it are linked
// (tieleft.go).

// Ranked is one Procore record's candidates, best first, as Rank returns them; no candidates
// for a record that seeks no suggestion.
type Ranked struct {
	Name       string // the Procore record's name, which the reasons quote
	Candidates []Candidate
}

// Pick is what the assignment offers one Procore record: one of its candidates, with the
// confidence, score and reason the assignment leaves it. OK is false when nothing is offered.
type Pick struct {
	Candidate
	OK bool
}

// AssignRanked assigns over candidates ranked with Rank. linked marks, by place in the index,
// the records already linked to a Procore record: they are never offered, and count as spoken
// for. rows are in the order that breaks ties between equal scores.
func AssignRanked(rows []Ranked, linked []bool) []Pick {
	out := make([]Pick, len(rows))
	for p, pk := range assignRanked(rows, linked) {
		if pk.rank < 0 {
			continue
		}
		c := rows[p].Candidates[pk.rank]
		if pk.left {
			c.Reason = c.tie.reason
		}
		c.Confidence, c.Score, c.Reason = pk.conf, pk.score, c.Reason+pk.note
		out[p] = Pick{Candidate: c, OK: true}
	}
	return out
}

// pick is the assignment's choice for one row: its candidate rank (-1: none), the confidence
// and score it leaves, whether the candidate is offered as rated before a tie (left), and what
// the assignment adds to the candidate's reason.
type pick struct {
	rank  int
	conf  Confidence
	score float64
	left  bool
	note  string
}

func assignRanked(rows []Ranked, linked []bool) []pick {
	// Each row waits in a queue at its best candidate not yet known to be taken; the queue
	// hands out pairings in the order of a sort of every pairing by score, row and rank,
	// without sorting them all.
	q := &pairings{rows: rows, linked: linked}
	for p := range rows {
		if w, ok := q.first(p, 0); ok {
			q.w = append(q.w, w)
		}
	}
	firsts := q.w // in row order until init
	rival := tiedFirsts(rows, firsts, len(linked))
	extenders := firstExtenders(rows, firsts)
	owners := ownerRivals{}
	for _, w := range firsts {
		owners.add(int(w.p), w.at, &rows[w.p].Candidates[w.r])
	}
	q.init()
	out := make([]pick, len(rows))
	for p := range out {
		out[p].rank = -1
	}
	taken := make([]bool, len(linked))
	sure := make([]string, len(linked)) // the Procore name a record went to in one click
	for len(q.w) > 0 {
		w := q.pop()
		if taken[w.at] {
			if w, ok := q.first(int(w.p), int(w.r)+1); ok {
				q.push(w)
			}
			continue
		}
		taken[w.at] = true
		l := rows[w.p].Candidates
		c := &l[w.r]
		pk := pick{rank: int(w.r), conf: c.Confidence, score: c.Score}
		if taker, left := tiedOthersTaken(l, int(w.r), sure, linked); left {
			pk.conf, pk.score, pk.left = c.tie.conf, c.tie.score, true // the others are spoken for
			pk.note += tieLeftReason(taker)
		}
		if other := rival[w.p]; other >= 0 {
			pk.conf = Possible
			pk.note += "; ambiguous: Procore also has \"" + rows[other].Name + "\", which matches as well"
		}
		if c.Extends && pk.conf != Possible {
			for _, other := range extenders[w.at] {
				if other != w.p && ExtendsRivals(rows[w.p].Name, rows[other].Name) {
					pk.conf, pk.note = Possible, pk.note+ExtendsRival(rows[other].Name)
					break
				}
			}
		}
		if other := owners.other(int(w.p), w.at); other >= 0 && pk.conf != Possible {
			pk.conf, pk.note = Possible, pk.note+ownerRivalReason(rows[other].Name)
		}
		if pk.conf == Exact || pk.conf == Likely {
			sure[w.at] = rows[w.p].Name
		}
		out[w.p] = pk
	}
	return out
}

// tiedFirsts finds, for each row, another row whose first free choice is the same record with
// the same score, not told apart by the words each sets aside (asideCompare), or -1. Such rows
// cannot be told apart by name: whichever gets the record, neither is safe to link with one
// click. firsts are the rows at their first free choice, in row order; places is how many
// records the index holds.
func tiedFirsts(rows []Ranked, firsts []waiting, places int) []int32 {
	type top struct {
		best          *Candidate
		first, second int32
		n, round      int32 // how many share the top; bumped when a better one comes
	}
	tops := make([]top, places)
	joined := make([]int32, len(rows)) // the round in which a row joined its record's top
	for _, w := range firsts {
		t := &tops[w.at]
		c := &rows[w.p].Candidates[w.r]
		better := t.n == 0 || c.Score > t.best.Score+1e-9
		if !better {
			if c.Score <= t.best.Score-1e-9 {
				continue
			}
			switch d := asideCompare(c, t.best); {
			case d < 0:
				better = true
			case d > 0:
				continue
			}
		}
		if better {
			t.best, t.first, t.second, t.n, t.round = c, w.p, -1, 1, t.round+1
		} else {
			if t.n == 1 {
				t.second = w.p
			}
			t.n++
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
// click when another such row chose it first, whatever its score.
func firstExtenders(rows []Ranked, firsts []waiting) map[int32][]int32 {
	out := map[int32][]int32{}
	for _, w := range firsts {
		if rows[w.p].Candidates[w.r].Extends {
			out[w.at] = append(out[w.at], w.p)
		}
	}
	return out
}

// waiting is row p at its candidate r, which is record at with score.
type waiting struct {
	p, r, at int32
	score    float64
}

// before orders pairings best score first, then by row, then by rank.
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
	rows   []Ranked
	linked []bool
	w      []waiting
}

// first is row p at its first candidate from r on that is not linked, if any.
func (q *pairings) first(p, r int) (waiting, bool) {
	l := q.rows[p].Candidates
	for ; r < len(l); r++ {
		if !q.linked[l[r].At] {
			return waiting{p: int32(p), r: int32(r), at: l[r].At, score: l[r].Score}, true
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
