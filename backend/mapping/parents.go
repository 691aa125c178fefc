package mapping

// Parents is one page of the customers a new QuickBooks job can go under.
type Parents struct {
	Total   int         `json:"total"` // customers matching the search
	Offset  int         `json:"offset"`
	Limit   int         `json:"limit"`
	Parents []ParentRef `json:"parents"`
	// Likely is the customer the job asked about likely goes under, with why (on every page
	// of the search, found or not), or null.
	Likely *LikelyParent `json:"likely"`
}

// Parents answers the "Create in QuickBooks" dialog's list of customers, searched and paged
// like the rows: a company file can hold thousands, more than one page should carry. Sides
// without parents (vendors) have none.
func (s *Service) Parents(sideName, search string, offset, limit int) (*Parents, error) {
	return s.ParentsFor(sideName, search, "", offset, limit)
}

// ParentsFor is Parents with the customer the row forID's job likely goes under ("" or a row
// the side does not have: none).
func (s *Service) ParentsFor(sideName, search, forID string, offset, limit int) (*Parents, error) {
	side, err := s.Side(sideName)
	if err != nil {
		return nil, err
	}
	q, err := Query{Offset: offset, Limit: limit}.checked()
	if err != nil {
		return nil, err
	}
	snap, err := s.views[side.Name()].current()
	if err != nil {
		return nil, err
	}
	words := searchWords(search)
	out := &Parents{Offset: q.Offset, Limit: q.Limit, Parents: []ParentRef{}}
	if i, ok := snap.byID[forID]; ok && len(snap.qb.parents) > 0 {
		out.Likely = likelyParent(snap, &snap.rows[i])
	}
	for _, p := range snap.qb.parents {
		if len(words) > 0 && !hasWords(fold(p.FullName), words) {
			continue
		}
		if out.Total >= q.Offset && len(out.Parents) < q.Limit {
			out.Parents = append(out.Parents, p)
		}
		out.Total++
	}
	return out, nil
}
