package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// Store layout: one key per item, one per audit entry (time-ordered, so the newest are read
// by a reverse prefix scan), all under "work/".
const (
	itemPrefix  = "work/item/"
	auditPrefix = "work/audit/"
)

func itemKey(id string) []byte { return []byte(itemPrefix + id) }

func kindPrefix(k Kind) []byte { return []byte(itemPrefix + string(k) + "/") }

// auditSeq makes audit keys unique when two entries share a nanosecond.
var auditSeq atomic.Uint64

func auditKey(at time.Time) []byte {
	return fmt.Appendf(nil, "%s%020d/%08d", auditPrefix, at.UnixNano(), auditSeq.Add(1)%100000000)
}

var errNoItem = errors.New("no such work item")

func getItem(txn *badger.Txn, id string) (*Item, error) {
	entry, err := txn.Get(itemKey(id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, fmt.Errorf("work item %s: %w", id, errNoItem)
	}
	if err != nil {
		return nil, fmt.Errorf("read work item %s: %w", id, err)
	}
	it := new(Item)
	err = entry.Value(func(v []byte) error { return json.Unmarshal(v, it) })
	if err != nil {
		return nil, fmt.Errorf("decode work item %s: %w", id, err)
	}
	return it, nil
}

func putItem(txn *badger.Txn, it *Item) error {
	b, err := json.Marshal(it)
	if err != nil {
		return fmt.Errorf("encode work item %s: %w", it.ID, err)
	}
	if err := txn.Set(itemKey(it.ID), b); err != nil {
		return fmt.Errorf("save work item %s: %w", it.ID, err)
	}
	return nil
}

// eachItem calls fn for every item of kind (every kind when kind is "").
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
		it := new(Item)
		key := string(iter.Item().Key())
		err := iter.Item().Value(func(v []byte) error { return json.Unmarshal(v, it) })
		if err != nil {
			return fmt.Errorf("decode work item %s: %w", strings.TrimPrefix(key, itemPrefix), err)
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
	if err := txn.Set(auditKey(e.At), b); err != nil {
		return fmt.Errorf("save audit entry: %w", err)
	}
	return nil
}

func isNoItem(err error) bool { return errors.Is(err, errNoItem) }
