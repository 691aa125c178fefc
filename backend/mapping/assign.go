package mapping

import "joblink/backend/match"

// rank ranks the QuickBooks records of q's index for each row, on every core. This is the
// costly part of matching (seconds at 30,000 records), which is why rankings are kept. A
// candidate's place in the index is its place in q.indexed: the index keeps its entries in the
// order given. Rankings hold linked records too, which the assignment skips.
func rank(q *qbSide, rows []*itemRow) {
	match.Parallel(len(rows), func(i int) {
		r := rows[i]
		// best first; a Procore name marked as not in use ("ZZ - … (do not use)") is matched
		// without the mark and never offered for one click
		r.ranked = q.index.Rank(r.entry, match.RankDepth)
		r.rankedFor = q.gen
	})
}

// assign gives each seeking row at most one QuickBooks record, never one that is linked or
// offered to another row. It is match's assignment (match.AssignRanked, the one match.Assign
// runs) over rankings kept between refreshes, so that a link or an unlink assigns again in
// milliseconds instead of ranking everything again. rows are in the view's order, which breaks
// ties; linked marks the records (by place) items are linked to.
func assign(rows []*itemRow, linked []bool) []match.Pick {
	ranked := make([]match.Ranked, len(rows))
	for p, r := range rows {
		if r.seeking() { // else its ranking, if any, may be from an older index
			ranked[p] = match.Ranked{Name: r.entry.Name, Candidates: r.ranked}
		}
	}
	return match.AssignRanked(ranked, linked)
}
