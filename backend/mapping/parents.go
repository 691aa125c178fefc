package mapping

import (
	"fmt"
	"strings"
)

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

// ParentsFor is Parents with the customer the jobs of the rows forIDs (ids separated by
// commas, as many as a batch) likely go under: one customer all of them point to, else none
// ("", or a row the side does not have: none).
func (s *Service) ParentsFor(sideName, search, forIDs string, offset, limit int) (*Parents, error) {
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
	if ids := strings.Split(forIDs, ","); forIDs != "" && len(snap.qb.parents) > 0 {
		if len(ids) > MaxBatch {
			return nil, tooMany(len(ids))
		}
		out.Likely = likelyForAll(snap, ids)
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

// likelyForAll is the customer every one of the rows ids likely goes under, or nil when one
// has none, is not a row, or points elsewhere: a bulk create puts them all under one customer.
func likelyForAll(snap *snapshot, ids []string) *LikelyParent {
	var first *LikelyParent
	for _, id := range ids {
		i, ok := snap.byID[id]
		if !ok {
			return nil
		}
		l := likelyParent(snap, &snap.rows[i])
		if l == nil || (first != nil && l.ListID != first.ListID) {
			return nil
		}
		if first == nil {
			first = l
		}
	}
	if first != nil && len(ids) > 1 {
		first.Reason = fmt.Sprintf("Each of the %d projects points to it: the QuickBooks job Joblink matched it to is under this customer, or its name holds the customer's.", len(ids))
	}
	return first
}
