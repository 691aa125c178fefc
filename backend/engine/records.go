package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// Store layout: one key per item, one per audit entry (time-ordered, so the newest are read
// by a reverse prefix scan) and one per audit entry per kind pointing at it, all under
// "work/"; the index that answers what needs work is in index.go.
const (
	itemPrefix      = "work/item/"
	auditPrefix     = "work/audit/"
	kindAuditPrefix = "work/auditk/"
)

func itemKey(id string) []byte { return []byte(itemPrefix + id) }

func kindPrefix(k Kind) []byte { return []byte(itemPrefix + string(k) + "/") }

// auditSeq makes audit keys unique when two entries share a nanosecond.
var auditSeq atomic.Uint64

// auditStamp orders audit entries: the time, then a sequence number.
func auditStamp(at time.Time) string {
	return fmt.Sprintf("%020d/%08d", at.UnixNano(), auditSeq.Add(1)%100000000)
}

func kindAuditScan(k Kind) []byte { return []byte(kindAuditPrefix + string(k) + "/") }

var errNoItem = errors.New("no such work item")

func getItem(txn *badger.Txn, id string) (*Item, error) {
	entry, err := txn.Get(itemKey(id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, fmt.Errorf("work item %s: %w", id, errNoItem)
	}
	if err != nil {
		return nil, fmt.Errorf("read work item %s: %w", id, err)
	}
	var it *Item
	err = entry.Value(func(v []byte) (err error) { it, err = decodeItem(entry.Key(), v); return err })
	return it, err
}

func decodeItem(key, val []byte) (*Item, error) {
	it := new(Item)
	if err := json.Unmarshal(val, it); err != nil {
		return nil, fmt.Errorf("decode work item %s: %w", bytes.TrimPrefix(key, []byte(itemPrefix)), err)
	}
	return it, nil
}

func decodeEntry(key, val []byte) (Entry, error) {
	var en Entry
	if err := json.Unmarshal(val, &en); err != nil {
		return en, fmt.Errorf("decode audit entry %s: %w", bytes.TrimPrefix(key, []byte(auditPrefix)), err)
	}
	return en, nil
}

func putItem(txn *badger.Txn, it *Item) error {
	b, err := json.Marshal(it)
	if err != nil {
		return fmt.Errorf("encode work item %s: %w", it.ID, err)
	}
	if err := txn.Set(itemKey(it.ID), b); err != nil {
		return fmt.Errorf("save work item %s: %w", it.ID, err)
	}
	return reindex(txn, it.ID, indexOf(it))
}

// eachItem calls fn for every item of kind (every kind when kind is ""). It reads every item:
// only for what must see them all (the mapping pages, rebuilding the index).
func eachItem(txn *badger.Txn, kind Kind, fn func(*Item) error) error {
	prefix := []byte(itemPrefix)
	if kind != "" {
		prefix = kindPrefix(kind)
	}
	opts := badger.DefaultIteratorOptions
	opts.Prefix = prefix
	iter := txn.NewIterator(opts)
	defer iter.Close()
	for iter.Rewind(); iter.Valid(); iter.Next() {
		var it *Item
		err := iter.Item().Value(func(v []byte) (err error) { it, err = decodeItem(iter.Item().Key(), v); return err })
		if err != nil {
			return err
		}
		if err := fn(it); err != nil {
			return err
		}
	}
	return nil
}

// Entry is one line of the audit log: an item's transition and why.
type Entry struct {
	At      time.Time `json:"at"`
	ItemID  string    `json:"itemId"`
	Kind    Kind      `json:"kind"`
	Title   string    `json:"title"`
	From    State     `json:"from"`
	To      State     `json:"to"`
	Who     string    `json:"who"`
	Message string    `json:"message"`
}

func putEntry(txn *badger.Txn, e Entry) error {
	b, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode audit entry: %w", err)
	}
	stamp := auditStamp(e.At)
	if err := txn.Set([]byte(auditPrefix+stamp), b); err != nil {
		return fmt.Errorf("save audit entry: %w", err)
	}
	if err := txn.Set([]byte(kindAuditPrefix+string(e.Kind)+"/"+stamp), nil); err != nil {
		return fmt.Errorf("save audit entry: %w", err)
	}
	return nil
}

func isNoItem(err error) bool { return errors.Is(err, errNoItem) }
