package budgets

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/store"
	"joblink/qbwc/qbxml"
)

// The ledger is Joblink's own record of what it put in QuickBooks' estimates, kept in the
// store because Procore has no field to hold it (budget changes have no origin_id):
//
//   - budgets/estimate/<project>: the copy of the project's estimate as QuickBooks last returned
//     it — TxnID, EditSequence and every line — which an EstimateMod must repeat line by line
//     (QuickBooks deletes the lines a Mod leaves out), and the budget as exported;
//   - budgets/change/<project>/<change key>: one entry per change, written before its lines
//     are sent (the marker and the estimate they go to) and marked appended once QuickBooks'
//     answer, or a look-up, shows the marker in the estimate's lines.
//
// Found and Done write the ledger in a transaction of its own before the engine records the
// answer, so an item is never synced while the ledger is older than the answer that synced
// it; after a crash in between, the item is still "sent" and its look-up finds the marker.
const (
	estimatePrefix = "budgets/estimate/"
	changePrefix   = "budgets/change/"
)

// estimateCopy is the ledger's copy of a project's estimate.
type estimateCopy struct {
	TxnID        string          `json:"txnID"`
	EditSequence string          `json:"editSequence"`
	RefNumber    string          `json:"refNumber"`
	Job          string          `json:"job"`
	Stamp        string          `json:"stamp"`
	Lines        []copyLine      `json:"lines"`
	Exported     json.RawMessage `json:"exported,omitempty"` // the budget item's Data QuickBooks received
	At           time.Time       `json:"at"`
}

// copyLine is one estimate line: its ID (to keep it in a Mod), item, description and amount.
type copyLine struct {
	TxnLineID string `json:"txnLineID"`
	Item      string `json:"item"`
	Desc      string `json:"desc"`
	Cents     int64  `json:"cents"`
}

func (c *estimateCopy) total() int64 {
	var n int64
	for _, l := range c.Lines {
		n += l.Cents
	}
	return n
}

// has reports whether a line carries marker.
func (c *estimateCopy) has(marker string) bool {
	for _, l := range c.Lines {
		if strings.Contains(l.Desc, marker) {
			return true
		}
	}
	return false
}

// changeEntry is the ledger's entry for one change.
type changeEntry struct {
	Marker   string          `json:"marker"`
	TxnID    string          `json:"txnID"` // the estimate its lines go to
	Appended bool            `json:"appended"`
	Data     json.RawMessage `json:"data"` // the change's Data as sent
	At       time.Time       `json:"at"`
}

// ledger reads and writes the entries; it is shared by the two flows.
type ledger struct {
	mu sync.Mutex
	st *store.Store
}

func (l *ledger) store() (*store.Store, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.st == nil {
		return nil, errors.New("budgets: the flow has no store (Deps.Store or Keep)")
	}
	return l.st, nil
}

func (l *ledger) get(key string, v any) (bool, error) {
	st, err := l.store()
	if err != nil {
		return false, err
	}
	found := false
	err = st.View(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte(key))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		return item.Value(func(val []byte) error { return json.Unmarshal(val, v) })
	})
	if err != nil {
		return false, fmt.Errorf("budgets: read the ledger (%s): %w", key, err)
	}
	return found, nil
}

func (l *ledger) put(key string, v any) error {
	st, err := l.store()
	if err != nil {
		return err
	}
	val, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if err := st.Update(func(txn *badger.Txn) error { return txn.Set([]byte(key), val) }); err != nil {
		return fmt.Errorf("budgets: write the ledger (%s): %w", key, err)
	}
	return nil
}

// estimate returns the copy of project's estimate, or nil.
func (l *ledger) estimate(project string) (*estimateCopy, error) {
	var c estimateCopy
	ok, err := l.get(estimatePrefix+project, &c)
	if err != nil || !ok {
		return nil, err
	}
	return &c, nil
}

// keepEstimate records ret as project's estimate. exported, when not nil, is the budget as
// QuickBooks received it; nil keeps the one recorded before.
func (l *ledger) keepEstimate(project string, ret *qbxml.EstimateRet, stamp string, exported json.RawMessage) (*estimateCopy, error) {
	c := &estimateCopy{TxnID: ret.TxnID, EditSequence: ret.EditSequence, RefNumber: ret.RefNumber,
		Job: ret.CustomerRef.FullName, Stamp: stamp, Exported: exported, At: time.Now().UTC()}
	for _, line := range ret.Lines {
		n, _ := line.Amount.Units(2)
		c.Lines = append(c.Lines, copyLine{TxnLineID: line.TxnLineID, Item: line.ItemRef.FullName, Desc: line.Desc, Cents: n})
	}
	if c.Stamp == "" || c.Exported == nil {
		old, err := l.estimate(project)
		if err != nil {
			return nil, err
		}
		if old != nil && old.TxnID == c.TxnID {
			if c.Stamp == "" {
				c.Stamp = old.Stamp
			}
			if c.Exported == nil {
				c.Exported = old.Exported
			}
		}
	}
	return c, l.put(estimatePrefix+project, c)
}

// change returns the entry of a change item (by its key), or nil.
func (l *ledger) change(key string) (*changeEntry, error) {
	var e changeEntry
	ok, err := l.get(changePrefix+key, &e)
	if err != nil || !ok {
		return nil, err
	}
	return &e, nil
}

// appended returns the entries of project's changes the ledger says were appended, by item key.
func (l *ledger) appended(project string) (map[string]changeEntry, error) {
	st, err := l.store()
	if err != nil {
		return nil, err
	}
	out := map[string]changeEntry{}
	prefix := []byte(changePrefix + project + "/")
	err = st.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			var e changeEntry
			if err := it.Item().Value(func(val []byte) error { return json.Unmarshal(val, &e) }); err != nil {
				return err
			}
			if e.Appended {
				out[string(it.Item().Key()[len(changePrefix):])] = e
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("budgets: read the ledger of project %s: %w", project, err)
	}
	return out, nil
}

func (l *ledger) keepChange(key string, e changeEntry) error {
	e.At = time.Now().UTC()
	return l.put(changePrefix+key, e)
}
