package engine

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// Query narrows a list of items.
type Query struct {
	Status string // one of Statuses, or "" for all
	Search string // matched against title and detail, case-insensitively
	Offset int
	// After, an item id, starts the page after that item (the last of the page before): a
	// page then costs what it holds however deep in the list it is. Offset counts from there.
	After string
	Limit int // 0: 200; at most 1000
}

// Page is one page of a kind's items with the counts per status (before filtering).
type Page struct {
	Kind   Kind           `json:"kind"`
	Total  int            `json:"total"` // items matching the query
	Counts map[string]int `json:"counts"`
	Items  []*Item        `json:"items"`
	Run    RunStatus      `json:"run"`
}

// List returns one page of kind's items, ordered by title.
func (e *Engine) List(kind Kind, q Query) (Page, error) {
	if e.byKind[kind] == nil {
		return Page{}, fmt.Errorf("engine: no flow for %q", kind)
	}
	if q.Status != "" && !slices.Contains(Statuses, q.Status) {
		return Page{}, fmt.Errorf("%q is not a status (use one of %s)", q.Status, strings.Join(Statuses, ", "))
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 200
	}
	limit = min(limit, 1000)
	search := strings.ToLower(strings.TrimSpace(q.Search))
	offset := max(q.Offset, 0)
	p := Page{Kind: kind, Items: []*Item{}}
	err := e.st.View(func(txn *badger.Txn) error {
		counts, err := countsOf(txn, kind)
		if err != nil {
			return err
		}
		all := 0
		for _, n := range counts {
			all += n
		}
		counts["all"] = all
		p.Counts = counts
		status := q.Status
		if status == "" {
			status = allStatuses
		}
		// The title index holds the items of each status in page order; a search reads its
		// small values (title and detail in lower case), never the items.
		matched := 0
		var ids []string
		var start []byte
		if q.After != "" {
			it, err := getItem(txn, q.After)
			if err != nil && !isNoItem(err) {
				return err
			}
			if it != nil && it.Kind == kind {
				start = titleKey(kind, status, it.Title, it.ID)
			}
		}
		// A search reads the whole index anyway (its total counts every match), so it starts at
		// the beginning and only collects after the cursor; without one the scan starts there.
		from, skipped := start, 0
		if search != "" {
			from = nil
		}
		err = scanKeysAfter(txn, titleScan(kind, status), from, func(entry *badger.Item) (bool, error) {
			if search != "" {
				hit := false
				if err := entry.Value(func(v []byte) error { hit = bytes.Contains(v, []byte(search)); return nil }); err != nil {
					return false, err
				}
				if !hit {
					return true, nil
				}
				if start != nil && bytes.Compare(entry.Key(), start) <= 0 {
					matched++
					skipped++ // before the cursor: counted, not shown
					return true, nil
				}
			}
			if matched-skipped >= offset && len(ids) < limit {
				ids = append(ids, idOfTitleKey(entry.Key()))
			}
			matched++
			// Without a search the total is the count: stop once the page is full.
			return search != "" || len(ids) < limit, nil
		})
		if err != nil {
			return err
		}
		p.Total = matched
		if search == "" {
			p.Total = counts[q.Status]
			if q.Status == "" {
				p.Total = all
			}
		}
		items, err := itemsOf(txn, kind, ids)
		p.Items = append(p.Items, items...)
		return err
	})
	if err != nil {
		return Page{}, storeProblem(err)
	}
	p.Run = e.Run()
	return p, nil
}

// Get returns one item.
func (e *Engine) Get(id string) (*Item, error) {
	var it *Item
	err := e.st.View(func(txn *badger.Txn) (err error) { it, err = getItem(txn, id); return err })
	if isNoItem(err) {
		return nil, &UnknownItemError{ID: id}
	}
	return it, err
}

// KindPending is how many items of one kind are ready: waiting for a decision on Approvals
// (Approval) or ready to export from the kind's own page.
type KindPending struct {
	Kind    Kind   `json:"kind"`
	Label   string `json:"label"`
	Pending int    `json:"pending"`
	// Approval: its ready items wait for a decision on Approvals and count in the badge; else
	// they are work on the kind's own page (jobs and vendors to link, cost codes to export).
	Approval bool `json:"approval"`
}

// Pending counts the ready items of every kind, from the kept counts (no item is read), and
// in total only the documents waiting for a decision (kinds whose flow asks for approval): the
// approvals badge in the window and the tray. Other kinds are listed with their own counts.
func (e *Engine) Pending() (int, []KindPending, error) {
	total := 0
	out := make([]KindPending, 0, len(e.flows))
	err := e.st.View(func(txn *badger.Txn) error {
		for _, f := range e.flows {
			n, err := readCount(txn, f.Kind(), "ready")
			if err != nil {
				return err
			}
			if f.Approval() {
				total += int(n)
			}
			out = append(out, KindPending{Kind: f.Kind(), Label: f.Label(), Pending: int(n), Approval: f.Approval()})
		}
		return nil
	})
	if err != nil {
		return 0, nil, storeProblem(err)
	}
	return total, out, nil
}

// Activity returns the newest audit entries, of one kind or all.
func (e *Engine) Activity(kind Kind, limit int) ([]Entry, error) {
	entries, _, err := e.ActivityPage(kind, limit, "")
	return entries, err
}

// ActivityPage returns up to limit audit entries, of one kind or all, newest first, older than
// the cursor before ("" from the newest); next is the cursor of the page after ("" at the end).
// A page costs what it holds, however long the log (ActivityFind filters further).
func (e *Engine) ActivityPage(kind Kind, limit int, before string) (entries []Entry, next string, err error) {
	res, err := e.ActivityFind(ActivityFilter{Kind: kind, Limit: limit, Before: before})
	if err != nil {
		return nil, "", err
	}
	return res.Entries, res.Next, nil
}
