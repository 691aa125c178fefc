package engine

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// ensureIndex builds the work index when the store has items but no index of this version (a
// database from before the index, or one whose index layout changed): once, in chunks, at
// start-up. A fresh store only takes the version.
func (e *Engine) ensureIndex() error {
	var have string
	err := e.st.View(func(txn *badger.Txn) error {
		entry, err := txn.Get([]byte(indexVersionKey))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		v, err := entry.ValueCopy(nil)
		have = string(v)
		return err
	})
	if err != nil {
		return fmt.Errorf("read the work index version: %w", err)
	}
	if have == indexVersion {
		return nil
	}
	if have != "" { // an index of another layout; a store from before the index has none
		err := e.st.DB().DropPrefix(indexPrefixes()...)
		if err != nil {
			return fmt.Errorf("clear the old work index: %w", err)
		}
	}
	items, err := e.rebuildPrefix([]byte(itemPrefix), func(txn *badger.Txn, key, val []byte) error {
		it, err := decodeItem(key, val)
		if err != nil {
			return err
		}
		return reindex(txn, it.ID, indexOf(it))
	})
	if err != nil {
		return fmt.Errorf("index the work items: %w", err)
	}
	entries, err := e.rebuildPrefix([]byte(auditPrefix), func(txn *badger.Txn, key, val []byte) error {
		en, err := decodeEntry(key, val)
		if err != nil {
			return err
		}
		stamp := bytes.TrimPrefix(key, []byte(auditPrefix))
		return txn.Set(append([]byte(kindAuditPrefix+string(en.Kind)+"/"), stamp...), nil)
	})
	if err != nil {
		return fmt.Errorf("index the audit log: %w", err)
	}
	if err := e.st.Update(func(txn *badger.Txn) error { return txn.Set([]byte(indexVersionKey), []byte(indexVersion)) }); err != nil {
		return fmt.Errorf("save the work index version: %w", err)
	}
	if items+entries > 0 {
		e.log.Info().Int("items", items).Int("auditEntries", entries).Msg("work index built")
	}
	return nil
}

// indexPrefixes lists every key prefix the work index writes (not the items or the audit log).
func indexPrefixes() [][]byte {
	var out [][]byte
	for _, p := range []string{ixPrefix, titlePrefix, duePrefix, countPrefix, refPrefix, depPrefix, waitedPrefix, refCountPrefix, kindAuditPrefix} {
		out = append(out, []byte(p))
	}
	return out
}

// rebuildPrefix calls index for every key under prefix, reading a chunk at a time and writing
// each chunk's index in its own transaction. It returns how many keys it indexed.
func (e *Engine) rebuildPrefix(prefix []byte, index func(txn *badger.Txn, key, val []byte) error) (int, error) {
	type kv struct{ key, val []byte }
	after := prefix
	total := 0
	for {
		var chunk []kv
		err := e.st.View(func(txn *badger.Txn) error {
			iter := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true, PrefetchSize: 100})
			defer iter.Close()
			for iter.Seek(after); iter.Valid() && len(chunk) < writeChunk; iter.Next() {
				if bytes.Equal(iter.Item().Key(), after) {
					continue
				}
				v, err := iter.Item().ValueCopy(nil)
				if err != nil {
					return err
				}
				chunk = append(chunk, kv{iter.Item().KeyCopy(nil), v})
			}
			return nil
		})
		if err != nil || len(chunk) == 0 {
			return total, err
		}
		err = e.inChunks(len(chunk), func(txn *badger.Txn, from, to int) error {
			for _, c := range chunk[from:to] {
				if err := index(txn, c.key, c.val); err != nil {
					return err
				}
			}
			return nil
		}, nil)
		if err != nil {
			return total, err
		}
		total += len(chunk)
		after = chunk[len(chunk)-1].key
	}
}
