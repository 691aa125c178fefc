package procore

import "context"

// MaxPerPage is the largest page Joblink asks for: DOCS recommend keeping per_page at or below
// 2,000 (§3.1; the older limit was 10,000). Reads repeated on every poll use it, so that a
// list of up to 2,000 records costs one call.
const MaxPerPage = 2000

// PerPage sets the page size of the pages not fetched yet (1 to MaxPerPage).
func (p *Pager[T]) PerPage(n int) *Pager[T] {
	p.perPage = min(max(n, 1), MaxPerPage)
	return p
}

// Count asks Procore how many records the list holds, in one call: a one-record page, whose
// Total header is the count. It does not move the pager. Procore lists that send no Total
// are counted page by page instead.
func (p *Pager[T]) Count(ctx context.Context) (int, error) {
	probe := request{method: p.req.method, path: p.req.path, query: cloneQuery(p.req.query), company: p.req.company, idempotent: true}
	probe.query.Set("page", "1")
	probe.query.Set("per_page", "1")
	resp, err := p.c.do(ctx, &probe)
	if err != nil {
		return 0, err
	}
	if total, ok := headerInt(resp.header, "Total"); ok {
		return total, nil
	}
	all := newPager[T](p.c, p.req.path, p.req.query)
	all.wrapped = p.wrapped
	items, err := all.PerPage(MaxPerPage).Collect(ctx)
	return len(items), err
}

func cloneQuery(q map[string][]string) map[string][]string {
	out := make(map[string][]string, len(q))
	for k, v := range q {
		out[k] = append([]string(nil), v...)
	}
	return out
}
