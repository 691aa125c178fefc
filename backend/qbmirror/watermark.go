package qbmirror

import (
	"errors"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// A watermark is the newest TimeModified seen in a completed refresh of a list. The next refresh
// asks QuickBooks only for records modified since then (FromModifiedDate), so a quiet company
// costs one short query per list. It moves only when a refresh has read the list to its end, so
// an interrupted refresh is simply repeated.

// Watermark returns the list's watermark, zero when the list was never refreshed.
func (m *Mirror) Watermark(k Kind) (time.Time, error) { return m.readTime(watermarkKey(k)) }

// LastRefresh returns when the list was last refreshed to its end.
func (m *Mirror) LastRefresh(k Kind) (time.Time, error) { return m.readTime(lastRefreshKey(k)) }

// CompleteRefresh records a finished refresh of the list: newest is the highest TimeModified
// it returned (zero keeps the old watermark: nothing had changed).
func (m *Mirror) CompleteRefresh(k Kind, newest, at time.Time) error {
	if !validKind(k) {
		return kindError(k)
	}
	return m.st.Update(func(txn *badger.Txn) error {
		old, err := readTimeTxn(txn, watermarkKey(k))
		if err != nil {
			return err
		}
		if newest.After(old) {
			if err := txn.Set(watermarkKey(k), []byte(newest.UTC().Format(time.RFC3339Nano))); err != nil {
				return err
			}
		}
		return txn.Set(lastRefreshKey(k), []byte(at.UTC().Format(time.RFC3339Nano)))
	})
}

func (m *Mirror) readTime(key []byte) (t time.Time, err error) {
	err = m.st.View(func(txn *badger.Txn) error { t, err = readTimeTxn(txn, key); return err })
	return t, err
}

func readTimeTxn(txn *badger.Txn, key []byte) (time.Time, error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, err
	}
	v, err := item.ValueCopy(nil)
	if err != nil {
		return time.Time{}, err
	}
	return time.Parse(time.RFC3339Nano, string(v))
}
