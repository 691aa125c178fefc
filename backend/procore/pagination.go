package procore

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// Pager reads a paginated list one page per call (§3.1): page/per_page in the query; Link
// (rel="next"), Total and Per-Page in the answer. It is not safe for concurrent use.
type Pager[T any] struct {
	c       *Client
	req     request
	perPage int
	page    int
	done    bool
	total   int
	wrapped bool // the page is {"data": [...]}, as in v2.0
}

func newPager[T any](c *Client, path string, query url.Values) *Pager[T] {
	q := url.Values{}
	for k, v := range query {
		q[k] = append([]string(nil), v...)
	}
	return &Pager[T]{
		c:       c,
		req:     request{method: http.MethodGet, path: path, query: q, idempotent: true},
		perPage: c.cfg.PerPage,
		page:    1,
		total:   -1,
	}
}

// More reports whether Next may return more items.
func (p *Pager[T]) More() bool { return !p.done }

// Total is the item count from the Total header, or -1 before the first page or when Procore
// does not send one.
func (p *Pager[T]) Total() int { return p.total }

// Next fetches the next page. After the last page More is false and Next returns nil, nil.
func (p *Pager[T]) Next(ctx context.Context) ([]T, error) {
	if p.done {
		return nil, nil
	}
	p.req.query.Set("page", strconv.Itoa(p.page))
	p.req.query.Set("per_page", strconv.Itoa(p.perPage))
	resp, err := p.c.do(ctx, &p.req)
	if err != nil {
		return nil, err
	}
	body := resp.body
	if p.wrapped {
		body = unwrapData(body) // v2.0 lists: {"data": [...]} (§1.2)
	}
	var items []T
	if err := json.Unmarshal(body, &items); err != nil {
		return nil, &TransportError{Kind: Unreadable, Method: p.req.method, Path: p.req.path,
			Err: fmt.Errorf("decode page %d: %w", p.page, err)}
	}
	if t, ok := headerInt(resp.header, "Total"); ok {
		p.total = t
	}
	p.advance(resp.header, len(items))
	return items, nil
}

// advance decides whether there is a next page and which. Link's rel="next" is authoritative;
// without Link, Total and Per-Page decide; with neither the endpoint is not paginated and the
// one answer was everything. An empty page always ends the list, so a server that keeps
// advertising "next" cannot keep the client reading forever.
func (p *Pager[T]) advance(h http.Header, got int) {
	perPage := p.perPage
	if pp, ok := headerInt(h, "Per-Page"); ok && pp > 0 {
		perPage = pp
	}
	next := p.page + 1
	more := false
	if link := h.Values("Link"); len(link) > 0 {
		nextURL, ok := ParseLinkHeader(strings.Join(link, ", "))["next"]
		more = ok
		if n := pageOf(nextURL); n > 0 {
			next = n
		}
	} else if p.total >= 0 {
		more = p.page*perPage < p.total
	}
	if got == 0 || next <= p.page {
		more = false
	}
	p.done = !more
	p.page = next
}

// pageOf reads the page number from a Link URL. Only the number is used: the next request is
// built against the configured API host, so a Link naming another host never receives the
// bearer token.
func pageOf(link string) int {
	u, err := url.Parse(link)
	if err != nil {
		return 0
	}
	n, err := strconv.Atoi(u.Query().Get("page"))
	if err != nil {
		return 0
	}
	return n
}

// All yields every item of every remaining page, fetching pages as the loop needs them. After
// an error it yields (zero, err) once and stops.
func (p *Pager[T]) All(ctx context.Context) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for p.More() {
			items, err := p.Next(ctx)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, it := range items {
				if !yield(it, nil) {
					return
				}
			}
		}
	}
}

// Collect reads every remaining page into one slice.
func (p *Pager[T]) Collect(ctx context.Context) ([]T, error) {
	var all []T
	for p.More() {
		items, err := p.Next(ctx)
		if err != nil {
			return all, err
		}
		all = append(all, items...)
	}
	return all, nil
}

// ParseLinkHeader reads an RFC 8288 Link header into rel → URL. Commas inside <…> (legal in
// URLs) do not split entries; a parameter may be quoted or bare and name several rels.
func ParseLinkHeader(h string) map[string]string {
	out := map[string]string{}
	for len(h) > 0 {
		start := strings.IndexByte(h, '<')
		if start < 0 {
			break
		}
		end := strings.IndexByte(h[start:], '>')
		if end < 0 {
			break
		}
		target := h[start+1 : start+end]
		rest := h[start+end+1:]
		// Parameters run to the next comma that precedes another '<'.
		params := rest
		if next := strings.IndexByte(rest, '<'); next >= 0 {
			params = rest[:next]
			h = rest[next:]
		} else {
			h = ""
		}
		for _, param := range strings.Split(params, ";") {
			name, value, ok := strings.Cut(strings.TrimSpace(param), "=")
			if !ok || !strings.EqualFold(strings.TrimSpace(name), "rel") {
				continue
			}
			value = strings.Trim(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(value), ",")), `"`)
			for _, rel := range strings.Fields(value) {
				rel = strings.ToLower(rel)
				if _, seen := out[rel]; !seen {
					out[rel] = target
				}
			}
		}
	}
	return out
}
