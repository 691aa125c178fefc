package mapping

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"joblink/backend/match"
	"joblink/backend/qbmirror"
)

// qbSide is the QuickBooks list a page pairs with, read from the mirror, with the matcher's
// index over it. The index holds every record that can be linked, linked ones included, so a
// link or an unlink changes which records are free, not the index: only a change in the
// mirror rebuilds it.
type qbSide struct {
	entries     map[string]*QuickBooksEntry // by ListID
	byName      []*QuickBooksEntry          // sorted by full name, case set aside
	parents     []ParentRef                 // sorted by full name, folded (case and accents set aside)
	parentAt    map[string]int              // a parent's place in parents by full name
	parentNames parentNames                 // the parents by the words of their names
	vendorTypes []string
	// The search texts, folded: full names alone (a row searches its QuickBooks names) and
	// with city and vendor type (the QuickBooks-only list), by ListID.
	nameText, text map[string]string

	index   *match.Index
	indexed []string         // the index's records' ListIDs, in the index's order
	at      map[string]int32 // a ListID's place in indexed
	gen     uint64           // the index's generation: rankings from another one are stale
}

// readQuickBooks reads side's mirrored list. When old holds the same records it is returned
// as it is; when it holds the same records as far as matching goes, the new side keeps old's
// index and generation.
func readQuickBooks(m *qbmirror.Mirror, side Side, old *qbSide, nextGen func() uint64) (*qbSide, error) {
	q := &qbSide{entries: map[string]*QuickBooksEntry{}, parents: []ParentRef{}, vendorTypes: []string{},
		nameText: map[string]string{}, text: map[string]string{}}
	types := map[string]bool{}
	var listed []*QuickBooksEntry
	err := m.List(side.MirrorKind(), func(r qbmirror.Record) error {
		e, ok := side.QuickBooksEntry(r)
		if !ok {
			return nil
		}
		q.entries[r.ListID] = &e
		listed = append(listed, &e)
		q.nameText[r.ListID], q.text[r.ListID] = foldAll([]string{e.FullName}), entryText(&e)
		if e.Parent && r.Active {
			q.parents = append(q.parents, ParentRef{ListID: r.ListID, FullName: r.FullName})
		}
		if e.VendorType != "" {
			types[e.VendorType] = true
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the QuickBooks list: %w", err)
	}
	q.byName = slices.Clone(listed)
	slices.SortFunc(q.byName, func(a, b *QuickBooksEntry) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.FullName), strings.ToLower(b.FullName)), cmp.Compare(a.ListID, b.ListID))
	})
	q.parents = sortedParents(q.parents)
	q.parentAt = make(map[string]int, len(q.parents))
	for i, p := range q.parents {
		q.parentAt[p.FullName] = i
	}
	q.parentNames = newParentNames(q.parents)
	q.vendorTypes = slices.Sorted(maps.Keys(types))
	if old != nil && sameEntries(old, q) {
		return old, nil
	}
	if old != nil && sameCandidates(old, q) {
		q.index, q.indexed, q.at, q.gen = old.index, old.indexed, old.at, old.gen
		return q, nil
	}
	// In ListID order, as the mirror lists them: the index breaks ties by order.
	var candidates []match.Entry
	q.at = map[string]int32{}
	for _, e := range listed {
		if e.Unsupported == "" {
			// A job is matched by its full name, "Customer:Job": the matcher compares the job's
			// own name and the two together ("Hendricks, Paul:Kitchen Remodel" for the project
			// "Hendricks Kitchen Remodel"), and tells customers with jobs from those without.
			candidates = append(candidates, entryOf(e.ListID, e.FullName, e.Address, e.Phone))
			q.at[e.ListID] = int32(len(q.indexed))
			q.indexed = append(q.indexed, e.ListID)
		}
	}
	q.index, q.gen = newIndex(side.MirrorKind(), candidates), nextGen()
	return q, nil
}

// newIndex is the matcher's index over a mirrored list: customers' names are "Customer:Job"
// paths, vendors' names are not (QuickBooks does not nest vendors, so a ':' in one is its own).
func newIndex(kind qbmirror.Kind, candidates []match.Entry) *match.Index {
	if kind == qbmirror.Customers {
		return match.NewIndex(candidates)
	}
	return match.NewFlatIndex(candidates)
}

// linked marks the indexed records items are linked to.
func (q *qbSide) linked(claims map[string]int) []bool {
	out := make([]bool, len(q.indexed))
	for id, n := range claims {
		if at, ok := q.at[id]; ok && n > 0 {
			out[at] = true
		}
	}
	return out
}

// sameEntries reports whether a and b show the same records alike.
func sameEntries(a, b *qbSide) bool {
	if len(a.entries) != len(b.entries) {
		return false
	}
	for id, x := range a.entries {
		if y, ok := b.entries[id]; !ok || *x != *y {
			return false
		}
	}
	return true
}

// sameCandidates reports whether a and b offer the matcher the same records.
func sameCandidates(a, b *qbSide) bool {
	if len(a.entries) != len(b.entries) {
		return false
	}
	for id, x := range a.entries {
		y, ok := b.entries[id]
		if !ok || x.FullName != y.FullName || x.Address != y.Address || x.Phone != y.Phone || x.Unsupported != y.Unsupported {
			return false
		}
	}
	return true
}

// sortedParents orders customers as a person reads a list: case and accents set aside
// ("Émile" among the Es, not after "Zeta"), then as written, so the order is always the same.
func sortedParents(parents []ParentRef) []ParentRef {
	keys := make(map[string]string, len(parents))
	for _, p := range parents {
		keys[p.ListID] = fold(p.FullName)
	}
	slices.SortFunc(parents, func(a, b ParentRef) int {
		return cmp.Or(cmp.Compare(keys[a.ListID], keys[b.ListID]), cmp.Compare(strings.ToLower(a.FullName), strings.ToLower(b.FullName)),
			cmp.Compare(a.FullName, b.FullName), cmp.Compare(a.ListID, b.ListID))
	})
	return parents
}
