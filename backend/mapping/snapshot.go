package mapping

import (
	"cmp"
	"slices"
	"time"

	"joblink/backend/match"
)

// snapshot is one side's whole view, computed once and answered from until something it
// depends on changes. It is never modified after it is published, so pages are read from it
// without locks while the next one is built.
type snapshot struct {
	rows    []Row    // by Procore name
	filters []string // per row: the filter chip it counts under
	hay     []string // per row: its search text, folded
	counts  map[string]int

	unused    []*QuickBooksEntry // QuickBooks records no item is linked to, by full name
	unusedHay []string
	linked    map[string]string // ListID → the Procore name linked to it
	exact     []LinkRequest     // rows whose exact suggestion "link all exact matches" links
	// byID is a row's place by item id; suggestedTo is, by ListID, the place of the row a
	// QuickBooks record is suggested to (exact or likely): the match a create on either side
	// must tell the bookkeeper about.
	byID        map[string]int
	suggestedTo map[string]int

	qb      *qbSide
	signals signals
	checked time.Time // when the items were last read
}

// assemble builds the snapshot from the cache's rows (in view order) and QuickBooks side.
func assemble(rows []*itemRow, qb *qbSide) *snapshot {
	claims := map[string]int{}
	for _, r := range rows {
		if r.linkedTo != "" {
			claims[r.linkedTo]++
		}
	}
	offered := assign(rows, qb.linked(claims))
	s := &snapshot{rows: make([]Row, len(rows)), filters: make([]string, len(rows)), hay: make([]string, len(rows)),
		counts: map[string]int{"all": len(rows)}, linked: map[string]string{}, qb: qb,
		byID: make(map[string]int, len(rows)), suggestedTo: map[string]int{}}
	for _, f := range Filters[1:] {
		s.counts[f] = 0
	}
	for i, ir := range rows {
		r, hay := ir.base, ir.text
		if ir.linkedTo != "" {
			if e, ok := qb.entries[ir.linkedTo]; ok {
				r.QuickBooks = e
			} else {
				r.QuickBooks = &QuickBooksEntry{ListID: ir.linkedTo, FullName: ir.linkedName}
			}
			s.linked[ir.linkedTo] = r.Procore.Name
			hay += qb.nameText[ir.linkedTo]
		}
		if o := offered[i]; o.OK {
			id := qb.indexed[o.At]
			r.Suggestion = &SuggestionView{ListID: id, FullName: qb.entries[id].FullName, Confidence: o.Confidence, Score: o.Score, Reason: o.Reason}
			hay += qb.nameText[id]
		}
		r.Notes = r.Notes[:len(r.Notes):len(r.Notes)] // a note status adds must not land in the item's
		r.Status, r.Problem = status(&r, ir.state, ir.failure, claims[ir.linkedTo])
		s.rows[i], s.filters[i], s.hay[i] = r, filterOf(r.Status), hay
		s.byID[r.ID] = i
		if r.Status == StatusSuggested {
			s.suggestedTo[r.Suggestion.ListID] = i
		}
		s.counts[s.filters[i]]++
		if r.Status == StatusSuggested && r.Suggestion.Confidence == match.Exact {
			s.exact = append(s.exact, LinkRequest{ID: r.ID, ListID: r.Suggestion.ListID})
		}
	}
	for _, e := range qb.byName {
		if claims[e.ListID] == 0 {
			s.unused = append(s.unused, e)
			s.unusedHay = append(s.unusedHay, qb.text[e.ListID])
		}
	}
	return s
}

// inViewOrder sorts rows as the pages list them: by Procore name, then id.
func inViewOrder(rows []*itemRow) {
	slices.SortFunc(rows, func(a, b *itemRow) int {
		return cmp.Or(cmp.Compare(a.sortKey, b.sortKey), cmp.Compare(a.base.ID, b.base.ID))
	})
}

func entryText(e *QuickBooksEntry) string {
	return foldAll([]string{e.FullName, e.Address.City, e.VendorType})
}
