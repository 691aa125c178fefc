package qbmirror

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// Remove takes records QuickBooks deleted out of a list, with their name-index entries, and
// returns the ones it held. A ListID it does not hold is skipped, so removing again is harmless.
// It writes in batches like Upsert; each batch is atomic.
func (m *Mirror) Remove(k Kind, listIDs []string) ([]Record, error) {
	if !validKind(k) {
		return nil, kindError(k)
	}
	var removed, done []Record
	err := m.inBatches(len(listIDs), func(txn *badger.Txn, from, to int) error {
		done = done[:0]
		for _, id := range listIDs[from:to] {
			r, err := removeOne(txn, k, id)
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			done = append(done, r)
		}
		return nil
	}, func(int, int) { removed = append(removed, done...) })
	return removed, err
}

func removeOne(txn *badger.Txn, k Kind, listID string) (Record, error) {
	r, err := get(txn, k, listID)
	if err != nil {
		return r, err
	}
	if err := txn.Delete(idKey(k, listID)); err != nil {
		return r, fmt.Errorf("remove %s: %w", recordLabel(r), err)
	}
	// The name may already belong to a record added since under the same name (QuickBooks
	// frees a name with its record); only this record's own entry goes.
	item, err := txn.Get(nameKey(k, r.FullName))
	switch {
	case errors.Is(err, badger.ErrKeyNotFound):
		return r, nil
	case err != nil:
		return r, err
	}
	owner, err := item.ValueCopy(nil)
	if err != nil {
		return r, err
	}
	if bytes.Equal(owner, []byte(listID)) {
		if err := txn.Delete(nameKey(k, r.FullName)); err != nil {
			return r, fmt.Errorf("remove the name of %s: %w", recordLabel(r), err)
		}
	}
	return r, nil
}
