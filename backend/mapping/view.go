package mapping

import (
	"fmt"
	"joblink/backend/problem"
	"maps"
	"slices"
	"strings"

	"joblink/backend/engine"
)

// Page sizes: a page of 100 rows is some 60 KB of JSON; 30,000 rows at once were 18 MB.
const (
	DefaultLimit = 100
	MaxLimit     = 500
)

// Query is the part of a side's view a page asks for. Offsets and limits page the rows and
// the QuickBooks-only list separately; a limit of 0 means DefaultLimit, a negative one none
// (counts and totals only), and one over MaxLimit is MaxLimit.
type Query struct {
	Filter string // one of Filters; "" is all
	Search string // words looked for in both sides' names, numbers and cities
	Offset int
	Limit  int
	// QuickBooksOnly is narrowed by Search too, and by VendorType; Prefer (a ListID, the row's
	// suggestion in the "Link to…" picker) comes first when it is among them.
	QBOffset   int
	QBLimit    int
	VendorType string
	Prefer     string
}

// View is one page of a side (docs/api-mapping.md).
type View struct {
	Side string `json:"side"`
	// Counts are per filter among the rows that match the search ("all": every one of them),
	// so they add up to all and say what each chip would show; Records is every row, searched
	// or not (an empty page says "none yet" only when it is 0).
	Counts  map[string]int `json:"counts"`
	Records int            `json:"records"`
	// Total is how many rows match the filter and the search; Rows are Offset… of them.
	Total  int   `json:"total"`
	Offset int   `json:"offset"`
	Limit  int   `json:"limit"`
	Rows   []Row `json:"rows"`
	// QuickBooksOnlyTotal is how many QuickBooks-only records match the search and vendor type.
	QuickBooksOnly      []QuickBooksEntry `json:"quickbooksOnly"`
	QuickBooksOnlyTotal int               `json:"quickbooksOnlyTotal"`
	QBOffset            int               `json:"qbOffset"`
	QBLimit             int               `json:"qbLimit"`
	VendorTypes         []string          `json:"vendorTypes"`
	Settings            any               `json:"settings"`
	Confirmation        string            `json:"confirmation"`
	Run                 engine.RunStatus  `json:"run"`
}

// ParentRef is a customer a new job can go under.
type ParentRef struct {
	ListID   string `json:"listId"`
	FullName string `json:"fullName"`
}

// View answers one page of side from the kept view.
func (s *Service) View(sideName string, q Query) (*View, error) {
	side, err := s.Side(sideName)
	if err != nil {
		return nil, err
	}
	if q, err = q.checked(); err != nil {
		return nil, err
	}
	snap, err := s.views[side.Name()].current()
	if err != nil {
		return nil, err
	}
	v := &View{Side: side.Name(), Records: len(snap.rows), Offset: q.Offset, Limit: q.Limit,
		QBOffset: q.QBOffset, QBLimit: q.QBLimit, VendorTypes: snap.qb.vendorTypes, Run: s.engine.Run()}
	if c, ok := side.(Confirmer); ok {
		v.Confirmation = c.Confirmation()
	}
	var offered func(QuickBooksEntry) bool
	if ext, ok := side.(Extender); ok {
		if offered, err = ext.Extend(v); err != nil {
			return nil, err
		}
	}
	words := searchWords(q.Search)
	v.Counts, v.Total, v.Rows = pageRows(snap, q, words)
	v.Counts["quickbooksOnly"], v.QuickBooksOnlyTotal, v.QuickBooksOnly = pageUnused(snap, q, words, offered)
	return v, nil
}

// checked validates q and fills in its defaults.
func (q Query) checked() (Query, error) {
	if q.Filter == "" {
		q.Filter = "all"
	}
	if !slices.Contains(Filters, q.Filter) {
		return q, &Problem{Class: problem.Refused, Message: fmt.Sprintf("%q is not a filter of this page.", q.Filter), Fix: "Use one of " + strings.Join(Filters, ", ") + "."}
	}
	if q.Offset < 0 || q.QBOffset < 0 {
		return q, &Problem{Class: problem.Refused, Message: "An offset cannot be negative.", Fix: "Start at 0."}
	}
	q.Limit, q.QBLimit = pageLimit(q.Limit), pageLimit(q.QBLimit)
	return q, nil
}

func pageLimit(n int) int {
	switch {
	case n == 0:
		return DefaultLimit
	case n < 0:
		return 0
	}
	return min(n, MaxLimit)
}

// pageRows returns the counts per filter among the rows the search matches, how many match
// the filter too, and the page of them. Without a search the counts are the kept ones.
func pageRows(snap *snapshot, q Query, words []string) (map[string]int, int, []Row) {
	counts := maps.Clone(snap.counts)
	if len(words) > 0 {
		for f := range counts {
			counts[f] = 0
		}
	}
	n, page := 0, []Row{}
	for i := range snap.rows {
		if len(words) > 0 {
			if !hasWords(snap.hay[i], words) {
				continue
			}
			counts["all"]++
			counts[snap.filters[i]]++
		}
		if q.Filter != "all" && snap.filters[i] != q.Filter {
			continue
		}
		if n >= q.Offset && len(page) < q.Limit {
			page = append(page, snap.rows[i])
		}
		n++
	}
	return counts, n, page
}

// pageUnused returns how many QuickBooks-only records are offered and match the search (the
// tab's count: it follows the search as the chips do, and not the vendor type, which narrows
// the list inside the tab), how many match the vendor type too, and the page of them.
func pageUnused(snap *snapshot, q Query, words []string, offered func(QuickBooksEntry) bool) (searched, total int, page []QuickBooksEntry) {
	var hits []*QuickBooksEntry
	var preferred *QuickBooksEntry
	for i, e := range snap.unused {
		if (offered != nil && !offered(*e)) || !hasWords(snap.unusedHay[i], words) {
			continue
		}
		searched++
		if q.VendorType != "" && e.VendorType != q.VendorType {
			continue
		}
		if q.Prefer != "" && e.ListID == q.Prefer {
			preferred = e
			continue
		}
		hits = append(hits, e)
	}
	if preferred != nil {
		hits = append([]*QuickBooksEntry{preferred}, hits...)
	}
	page = []QuickBooksEntry{}
	for _, e := range hits[min(q.QBOffset, len(hits)):min(q.QBOffset+q.QBLimit, len(hits))] {
		entry := *e
		if i, ok := snap.suggestedTo[e.ListID]; ok { // "Create in Procore" must say Procore has it
			r := &snap.rows[i]
			entry.ProcoreMatch = &ProcoreMatch{ID: r.ID, Name: r.Procore.Name, Confidence: r.Suggestion.Confidence, Reason: r.Suggestion.Reason}
		}
		page = append(page, entry)
	}
	return searched, len(hits), page
}
