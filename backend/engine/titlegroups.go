package engine

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// Groups of items by the start of their titles — cost codes by division ("01" holds "01",
// "01-100", "01.200") — counted from the title index, which lists items in page order: a
// group's keys lie together, so counting one reads its keys only (and, with a search, their
// small values), never the items, and costs what the group holds, not what the kind stores.

// titleSeparators end a group's prefix in a title: "01-100", "01.100", "01 100" are in "01".
const titleSeparators = "-. "

// TitleGroup is one group's count under a query, and how many of them come before a given item
// in page order (a group that started on an earlier page is "continued").
type TitleGroup struct {
	Prefix string `json:"code"`
	// Title and Detail are the item titled exactly Prefix, when the kind has one (a cost
	// code's division: "01", "General Requirements").
	Title  string `json:"-"`
	Detail string `json:"name"`
	Count  int    `json:"count"`  // items in the group matching the query
	Before int    `json:"before"` // of those, how many come before the item first
}

// MaxTitleGroups bounds the groups one call counts (a page shows a few).
const MaxTitleGroups = 100

// TitleGroups counts, for each prefix, kind's items matching q's status and search whose title
// is the prefix or starts with it and a separator; Before counts those ordered before the item
// first (an item id, "" for none).
func (e *Engine) TitleGroups(kind Kind, q Query, prefixes []string, first string) ([]TitleGroup, error) {
	if e.byKind[kind] == nil {
		return nil, fmt.Errorf("engine: no flow for %q", kind)
	}
	if q.Status != "" && !slices.Contains(Statuses, q.Status) {
		return nil, fmt.Errorf("%q is not a status (use one of %s)", q.Status, strings.Join(Statuses, ", "))
	}
	if len(prefixes) > MaxTitleGroups {
		return nil, fmt.Errorf("%d groups in one request is more than Joblink counts (%d)", len(prefixes), MaxTitleGroups)
	}
	status := q.Status
	if status == "" {
		status = allStatuses
	}
	search := []byte(strings.ToLower(strings.TrimSpace(q.Search)))
	out := make([]TitleGroup, 0, len(prefixes))
	err := e.st.View(func(txn *badger.Txn) error {
		var start []byte // the first item's key: the groups' items before it were on earlier pages
		if first != "" {
			it, err := getItem(txn, first)
			if err != nil && !isNoItem(err) {
				return err
			}
			if it != nil && it.Kind == kind {
				start = titleKey(kind, status, it.Title, it.ID)
			}
		}
		for _, prefix := range prefixes {
			g := TitleGroup{Prefix: prefix}
			if prefix == "" {
				out = append(out, g)
				continue
			}
			ends := []string{"\x00"}
			for _, sep := range titleSeparators {
				ends = append(ends, string(sep))
			}
			for _, end := range ends {
				scan := append(titleScan(kind, status), clip(prefix, maxTitleKey)+end...)
				err := scanKeys(txn, scan, func(entry *badger.Item) (bool, error) {
					if len(search) > 0 {
						hit := false
						if err := entry.Value(func(v []byte) error { hit = bytes.Contains(v, search); return nil }); err != nil {
							return false, err
						}
						if !hit {
							return true, nil
						}
					}
					g.Count++
					if start != nil && bytes.Compare(entry.Key(), start) < 0 {
						g.Before++
					}
					return true, nil
				})
				if err != nil {
					return err
				}
			}
			if err := groupHead(txn, kind, prefix, &g); err != nil {
				return err
			}
			out = append(out, g)
		}
		return nil
	})
	if err != nil {
		return nil, storeProblem(err)
	}
	return out, nil
}

// groupHead fills in the item titled exactly prefix (whatever its status), if there is one.
func groupHead(txn *badger.Txn, kind Kind, prefix string, g *TitleGroup) error {
	var id string
	err := scanKeys(txn, append(titleScan(kind, allStatuses), clip(prefix, maxTitleKey)+"\x00"...), func(entry *badger.Item) (bool, error) {
		id = idOfTitleKey(entry.Key())
		return false, nil
	})
	if err != nil || id == "" {
		return err
	}
	it, err := getItem(txn, id)
	if err != nil {
		return err
	}
	g.Title, g.Detail = it.Title, it.Detail
	return nil
}
