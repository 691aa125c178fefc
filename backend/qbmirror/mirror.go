// Package qbmirror keeps Joblink's copy of the QuickBooks lists it needs (accounts, items,
// vendors, customers and jobs) in the store, refreshed incrementally from Web Connector runs, so
// screens and mapping work without waiting for QuickBooks.
package qbmirror

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/store"
)

// Kind names a mirrored list.
type Kind string

// The mirrored lists.
const (
	Accounts  Kind = "account"
	Items     Kind = "item"
	Vendors   Kind = "vendor"
	Customers Kind = "customer" // customers and their jobs (Customer:Job)
)

// Kinds lists every mirrored list, in the order a refresh reads them.
var Kinds = []Kind{Accounts, Items, Vendors, Customers}

// Record is one QuickBooks list entry as Joblink keeps it.
type Record struct {
	Kind         Kind              `json:"kind"`
	ListID       string            `json:"listID"`
	Name         string            `json:"name"`
	FullName     string            `json:"fullName"` // "Customer:Job" for jobs; equals Name at the top level
	EditSequence string            `json:"editSequence"`
	TimeModified time.Time         `json:"timeModified"`
	Active       bool              `json:"active"`
	Type         string            `json:"type,omitempty"` // account type, or item type (Service, Inventory…)
	ParentID     string            `json:"parentID,omitempty"`
	Sublevel     int               `json:"sublevel,omitempty"`
	Fields       map[string]string `json:"fields,omitempty"` // list-specific details (addresses, phones, descriptions)
}

// Mirror reads and writes the mirrored lists.
type Mirror struct{ st *store.Store }

// New returns the mirror kept in st.
func New(st *store.Store) *Mirror { return &Mirror{st: st} }

func idKey(k Kind, listID string) []byte { return []byte("qb/" + string(k) + "/id/" + listID) }
func nameKey(k Kind, fullName string) []byte {
	return []byte("qb/" + string(k) + "/name/" + NormaliseName(fullName))
}
func idPrefix(k Kind) []byte             { return []byte("qb/" + string(k) + "/id/") }
func watermarkKey(k Kind) []byte         { return []byte("qbmeta/watermark/" + string(k)) }
func lastRefreshKey(k Kind) []byte       { return []byte("qbmeta/refreshed/" + string(k)) }
func validKind(k Kind) bool              { return k == Accounts || k == Items || k == Vendors || k == Customers }
func kindError(k Kind) error             { return fmt.Errorf("qbmirror: unknown list %q", k) }
func recordLabel(r Record) string        { return fmt.Sprintf("%s %q (%s)", r.Kind, r.FullName, r.ListID) }
func errNotFound(k Kind, s string) error { return fmt.Errorf("%s %q: %w", k, s, ErrNotFound) }

// ErrNotFound is returned when a record is not in the mirror.
var ErrNotFound = errors.New("not in the QuickBooks mirror")

// NormaliseName is how QuickBooks compares names: case-insensitively, ignoring surrounding
// spaces. The name index uses it so that lookups match QuickBooks' own uniqueness rule.
func NormaliseName(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Upsert stores records, replacing earlier copies and keeping the name index right when a
// record was renamed. It writes in batches so a refresh of thousands of records stays within
// Badger's transaction limits (see inBatches); each batch is atomic.
func (m *Mirror) Upsert(records []Record) error {
	return m.inBatches(len(records), func(txn *badger.Txn, from, to int) error {
		for _, r := range records[from:to] {
			if err := upsertOne(txn, r); err != nil {
				return err
			}
		}
		return nil
	}, nil)
}

func upsertOne(txn *badger.Txn, r Record) error {
	if !validKind(r.Kind) {
		return kindError(r.Kind)
	}
	if r.ListID == "" || r.FullName == "" {
		return fmt.Errorf("qbmirror: %s record without ListID or FullName", r.Kind)
	}
	if old, err := get(txn, r.Kind, r.ListID); err == nil && NormaliseName(old.FullName) != NormaliseName(r.FullName) {
		if err := txn.Delete(nameKey(r.Kind, old.FullName)); err != nil {
			return fmt.Errorf("rename %s: %w", recordLabel(r), err)
		}
	} else if err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode %s: %w", recordLabel(r), err)
	}
	if err := txn.Set(idKey(r.Kind, r.ListID), b); err != nil {
		return fmt.Errorf("store %s: %w", recordLabel(r), err)
	}
	return txn.Set(nameKey(r.Kind, r.FullName), []byte(r.ListID))
}

func get(txn *badger.Txn, k Kind, listID string) (Record, error) {
	var r Record
	item, err := txn.Get(idKey(k, listID))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return r, errNotFound(k, listID)
	}
	if err != nil {
		return r, err
	}
	err = item.Value(func(v []byte) error { return json.Unmarshal(v, &r) })
	return r, err
}

// Get returns the record with this ListID.
func (m *Mirror) Get(k Kind, listID string) (Record, error) {
	var r Record
	err := m.st.View(func(txn *badger.Txn) (err error) { r, err = get(txn, k, listID); return })
	return r, err
}

// FindByName returns the record with this full name, compared as QuickBooks compares names.
func (m *Mirror) FindByName(k Kind, fullName string) (Record, error) {
	var r Record
	err := m.st.View(func(txn *badger.Txn) error {
		item, err := txn.Get(nameKey(k, fullName))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return errNotFound(k, fullName)
		}
		if err != nil {
			return err
		}
		id, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		r, err = get(txn, k, string(id))
		return err
	})
	return r, err
}

// List returns every record of a list, in ListID order; fn sees them one at a time.
func (m *Mirror) List(k Kind, fn func(Record) error) error {
	if !validKind(k) {
		return kindError(k)
	}
	return m.st.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: idPrefix(k), PrefetchValues: true, PrefetchSize: 100})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var r Record
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &r) }); err != nil {
				return fmt.Errorf("read %s: %w", it.Item().Key(), err)
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	})
}

// Count returns how many records a list holds.
func (m *Mirror) Count(k Kind) (int, error) {
	n := 0
	err := m.st.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: idPrefix(k)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	return n, err
}
