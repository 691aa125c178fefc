package engine

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"
)

// itemsOf reads the items of a page, returned in the order of ids (every one must exist).
//
// It reads them in key order with one iterator, stepping to the next key when that is the
// next item wanted and seeking only across a gap. One txn.Get per item looks the key up in
// every level again and loads (decompresses, checksums) its block again even when the item
// before it was in the same block; the items of a page are mostly neighbours (ids are given
// in creation order, and titles mostly follow it), so stepping loads each block once. Right
// after Joblink starts, while Badger compacts what the last run left, that was the page's
// cost: 200 gets took up to 50 ms (BenchmarkEngineAt100kMeasure/page-of-200).
func itemsOf(txn *badger.Txn, kind Kind, ids []string) ([]*Item, error) {
	out := make([]*Item, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	order := make([]int, len(ids))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return bytes.Compare([]byte(ids[a]), []byte(ids[b])) })
	iter := txn.NewIterator(badger.IteratorOptions{Prefix: kindPrefix(kind)})
	defer iter.Close()
	positioned := false
	for _, i := range order {
		key := itemKey(ids[i])
		if positioned && iter.Valid() {
			iter.Next() // the neighbour of the item before: no seek
		}
		if !positioned || !iter.Valid() || !bytes.Equal(iter.Item().Key(), key) {
			iter.Seek(key)
			positioned = true
		}
		if !iter.Valid() || !bytes.Equal(iter.Item().Key(), key) {
			// Not under the kind's prefix (an id of another kind) or gone: read it alone.
			it, err := getItem(txn, ids[i])
			if err != nil {
				return nil, err
			}
			out[i] = it
			continue
		}
		entry := iter.Item()
		if err := entry.Value(func(v []byte) (err error) { out[i], err = decodeItem(entry.Key(), v); return err }); err != nil {
			return nil, fmt.Errorf("read work item %s: %w", ids[i], err)
		}
	}
	return out, nil
}
