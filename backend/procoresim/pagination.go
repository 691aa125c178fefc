package procoresim

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// page is one requested page: 1-based number and size after clamping.
type page struct{ number, size int }

// readPage parses page/per_page. Bad or missing values fall back to the defaults and an oversized
// per_page is clamped to the endpoint's maximum (reference §3.1), which Per-Page then reports, so a
// client can see it got fewer rows per page than it asked for.
func readPage(r *http.Request, defaultPerPage, maxPerPage int) page {
	query := r.URL.Query()
	p := page{number: 1, size: min(defaultPerPage, maxPerPage)}
	if n, err := strconv.Atoi(query.Get("page")); err == nil && n > 0 {
		p.number = n
	}
	if n, err := strconv.Atoi(query.Get("per_page")); err == nil && n > 0 {
		p.size = min(n, maxPerPage)
	}
	return p
}

// paginate writes the page's headers and returns its slice of items.
func paginate[T any](w http.ResponseWriter, r *http.Request, items []T, maxPerPage int) []T {
	return paginateSized(w, r, items, DefaultPerPage, maxPerPage)
}

// paginateSized is paginate for endpoints whose default page size is not DefaultPerPage (v2.0: 10).
func paginateSized[T any](w http.ResponseWriter, r *http.Request, items []T, defaultPerPage, maxPerPage int) []T {
	p := readPage(r, defaultPerPage, maxPerPage)
	total := len(items)
	last := max((total+p.size-1)/p.size, 1)
	header := w.Header()
	header.Set("Total", strconv.Itoa(total))
	header.Set("Per-Page", strconv.Itoa(p.size))
	if link := linkHeader(r, p, last); link != "" {
		header.Set("Link", link)
	}
	start := (p.number - 1) * p.size
	if start >= total {
		return []T{}
	}
	return items[start:min(start+p.size, total)]
}

// linkHeader builds Link with the rels the reference lists per position (§3.1): page 1 → next, last;
// page 2 → first, next, last (prev would equal first); page ≥3 → first, prev, next, last; the last
// page has no next (nor last, which would point at itself). Order follows the DOCS example.
func linkHeader(r *http.Request, p page, last int) string {
	var rels []string
	add := func(rel string, number int) {
		rels = append(rels, fmt.Sprintf("<%s>; rel=%q", pageURL(r, number, p.size), rel))
	}
	if p.number > 1 {
		add("first", 1)
	}
	if p.number > 2 {
		add("prev", min(p.number-1, last))
	}
	if p.number < last {
		add("last", last)
		add("next", p.number+1)
	}
	return strings.Join(rels, ", ")
}

// pageURL is the request's own absolute URL with page and per_page replaced, keeping every filter.
func pageURL(r *http.Request, number, size int) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	query := r.URL.Query()
	query.Set("page", strconv.Itoa(number))
	query.Set("per_page", strconv.Itoa(size))
	target := url.URL{Scheme: scheme, Host: r.Host, Path: r.URL.Path, RawQuery: query.Encode()}
	return target.String()
}

// paginateRendered pages typed rows first and renders only the page, so a 50-row page of a 3,000-row
// list costs 50 renders, not 3,000.
func paginateRendered[T any](w http.ResponseWriter, r *http.Request, rows []T, maxPerPage int, renderRow func(T) any) []any {
	page := paginate(w, r, rows, maxPerPage)
	rendered := make([]any, len(page))
	for i, row := range page {
		rendered[i] = renderRow(row)
	}
	return rendered
}
