package engine

import (
	"bytes"
	"encoding/json"
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
	Limit  int // 0: 200; at most 1000
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
	counts := map[string]int{"all": 0}
	for _, s := range Statuses {
		counts[s] = 0
	}
	var match []*Item
	err := e.st.View(func(txn *badger.Txn) error {
		return eachItem(txn, kind, func(it *Item) error {
			st := it.Status()
			counts["all"]++
			counts[st]++
			if q.Status != "" && st != q.Status {
				return nil
			}
			if search != "" && !strings.Contains(strings.ToLower(it.Title+" "+it.Detail), search) {
				return nil
			}
			match = append(match, it)
			return nil
		})
	})
	if err != nil {
		return Page{}, storeProblem(err)
	}
	slices.SortFunc(match, func(a, b *Item) int {
		if c := strings.Compare(a.Title, b.Title); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	p := Page{Kind: kind, Total: len(match), Counts: counts, Run: e.Run()}
	if q.Offset < len(match) {
		p.Items = match[max(q.Offset, 0):min(max(q.Offset, 0)+limit, len(match))]
	}
	if p.Items == nil {
		p.Items = []*Item{}
	}
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

// KindPending is how many items of one kind wait for the bookkeeper.
type KindPending struct {
	Kind    Kind   `json:"kind"`
	Label   string `json:"label"`
	Pending int    `json:"pending"`
}

// Pending counts the items waiting for a decision, per kind, and in all.
func (e *Engine) Pending() (int, []KindPending, error) {
	byKind := map[Kind]int{}
	err := e.st.View(func(txn *badger.Txn) error {
		return eachItem(txn, "", func(it *Item) error {
			if it.State == Waiting {
				byKind[it.Kind]++
			}
			return nil
		})
	})
	if err != nil {
		return 0, nil, storeProblem(err)
	}
	total := 0
	out := make([]KindPending, 0, len(e.flows))
	for _, f := range e.flows {
		n := byKind[f.Kind()]
		total += n
		out = append(out, KindPending{Kind: f.Kind(), Label: f.Label(), Pending: n})
	}
	return total, out, nil
}

// Activity returns the newest audit entries, of one kind or all.
func (e *Engine) Activity(kind Kind, limit int) ([]Entry, error) {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	out := []Entry{}
	err := e.st.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Reverse = true
		opts.Prefix = []byte(auditPrefix)
		iter := txn.NewIterator(opts)
		defer iter.Close()
		// A reverse scan starts at the last key not after the seek key: one past the prefix.
		for iter.Seek(append([]byte(auditPrefix), 0xff)); iter.Valid() && len(out) < limit; iter.Next() {
			var en Entry
			if err := iter.Item().Value(func(v []byte) error { return json.Unmarshal(v, &en) }); err != nil {
				return fmt.Errorf("decode audit entry %s: %w", bytes.TrimPrefix(iter.Item().Key(), []byte(auditPrefix)), err)
			}
			if kind == "" || en.Kind == kind {
				out = append(out, en)
			}
		}
		return nil
	})
	if err != nil {
		return nil, storeProblem(err)
	}
	return out, nil
}
