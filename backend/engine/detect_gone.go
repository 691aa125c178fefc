package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// A record Procore deleted, voided or no longer shows is never dropped silently. Its item
// says what happened: one that never reached QuickBooks is set aside (rejected, with the
// reason as its comment), one that did fails as "needs attention" with what the bookkeeper
// can do in QuickBooks. Until the outcome of a request in QuickBooks' hands is known the item
// is left alone, and the news is applied when it is.
//
// Each such record has an entry under work/gone/<kind>/<key>, written in the transaction
// that changes its item: the poller counts the records still in Procore without reading
// items, and when the record comes back (restored, or visible again) the item returns to
// where it was — unless the bookkeeper decided something about it meanwhile.

// Gone is a record Procore deleted, voided or made unusable.
type Gone struct {
	Key string
	// Why says what happened, as a sentence without its full stop: "Deleted in Procore",
	// "Voided in Procore".
	Why string
	// Fix says what the bookkeeper can do in QuickBooks when the record had reached it ("Make
	// the service item inactive in QuickBooks if it is no longer used"); empty: a general fix.
	Fix string
}

const gonePrefix = "work/gone/"

func goneKey(kind Kind, key string) []byte { return []byte(gonePrefix + string(kind) + "/" + key) }

func goneScan(kind Kind, scope string) []byte {
	if scope != "" {
		return []byte(gonePrefix + string(kind) + "/" + scope + "/")
	}
	return []byte(gonePrefix + string(kind) + "/")
}

// goneRecord is what the engine keeps of a gone record.
type goneRecord struct {
	Why string    `json:"why"`
	Fix string    `json:"fix,omitempty"`
	At  time.Time `json:"at"`
	// Applied is false while the item's request was in QuickBooks' hands.
	Applied bool `json:"applied"`
	// From is the state the item was in; Set and SetAt what the engine made it, so that a
	// returning record restores only an item nobody touched since.
	From  State     `json:"from,omitempty"`
	Set   State     `json:"set,omitempty"`
	SetAt time.Time `json:"setAt,omitzero"`
}

// goneSet reads kind's gone records.
func (e *Engine) goneSet(kind Kind) (map[string]goneRecord, error) {
	out := map[string]goneRecord{}
	prefix := goneScan(kind, "")
	err := e.st.View(func(txn *badger.Txn) error {
		return scanKeys(txn, prefix, func(entry *badger.Item) (bool, error) {
			var g goneRecord
			if err := entry.Value(func(v []byte) error { return json.Unmarshal(v, &g) }); err != nil {
				return false, fmt.Errorf("decode %s: %w", entry.Key(), err)
			}
			out[string(entry.Key()[len(prefix):])] = g
			return true, nil
		})
	})
	return out, err
}

func putGone(txn *badger.Txn, kind Kind, key string, g goneRecord) error {
	b, err := json.Marshal(g)
	if err != nil {
		return fmt.Errorf("encode gone record %s/%s: %w", kind, key, err)
	}
	return txn.Set(goneKey(kind, key), b)
}

// applyGone takes the news of gone records to their items, in chunks.
func (e *Engine) applyGone(kind Kind, gone []Gone) (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	applied := 0
	n := 0
	err := e.inChunks(len(gone), func(txn *badger.Txn, from, to int) error {
		n = 0
		for _, g := range gone[from:to] {
			done, err := e.goneOne(txn, kind, g)
			if err != nil {
				return err
			}
			if done {
				n++
			}
		}
		return nil
	}, func(int, int) { applied += n })
	if err != nil {
		return applied, fmt.Errorf("save what Procore no longer has of %s: %w", kind, err)
	}
	return applied, nil
}

// retryGone applies the news held back while items were in QuickBooks' hands.
func (e *Engine) retryGone(kind Kind) (int, error) {
	set, err := e.goneSet(kind)
	if err != nil {
		return 0, err
	}
	var pending []Gone
	for key, g := range set {
		if !g.Applied {
			pending = append(pending, Gone{Key: key, Why: g.Why, Fix: g.Fix})
		}
	}
	return e.applyGone(kind, pending)
}

// goneOne applies one gone record in txn; it reports whether the item changed.
func (e *Engine) goneOne(txn *badger.Txn, kind Kind, g Gone) (bool, error) {
	var rec goneRecord
	entry, err := txn.Get(goneKey(kind, g.Key))
	switch {
	case err == nil:
		if err := entry.Value(func(v []byte) error { return json.Unmarshal(v, &rec) }); err != nil {
			return false, fmt.Errorf("decode gone record %s/%s: %w", kind, g.Key, err)
		}
		if rec.Applied {
			return false, nil // already said
		}
	case !errors.Is(err, badger.ErrKeyNotFound):
		return false, fmt.Errorf("read gone record %s/%s: %w", kind, g.Key, err)
	}
	it, err := getItem(txn, ItemID(kind, g.Key))
	if isNoItem(err) {
		return false, nil // never seen: nothing to set aside
	}
	if err != nil {
		return false, err
	}
	why := strings.TrimSuffix(strings.TrimSpace(g.Why), ".")
	if why == "" {
		why = "No longer in Procore"
	}
	rec = goneRecord{Why: why, Fix: g.Fix, At: e.now(), From: it.State}
	if it.State == Sent {
		// Its request may be in QuickBooks' hands: say it once the outcome is known.
		return false, putGone(txn, kind, g.Key, rec)
	}
	switch {
	case it.State == Rejected:
		err = e.move(txn, it, Rejected, ByProcore, why+".")
	case it.QB != nil:
		fix := g.Fix
		if fix == "" {
			fix = "Make it inactive in QuickBooks if it is no longer used, then skip this item."
		}
		fix += " If it was removed in Procore by mistake, restore it there: Joblink links it again on the next sync."
		err = e.fail(txn, it, Failure{Class: FixData, Message: why + ".",
			Meaning: fmt.Sprintf("QuickBooks still has %s; Joblink no longer keeps it in step with Procore.", it.QB.label()),
			Fix:     fix}, ByProcore)
	case it.State == Detected:
		err = e.fail(txn, it, Failure{Class: FixData, Message: why + " before it was exported; nothing was sent.",
			Fix: "Nothing to do in QuickBooks; skip this item."}, ByProcore)
	default:
		it.Comment = why + " before it was exported; nothing was sent."
		err = e.move(txn, it, Rejected, ByProcore, it.Comment)
	}
	if err != nil {
		return false, err
	}
	rec.Applied, rec.Set, rec.SetAt = true, it.State, it.UpdatedAt
	return true, putGone(txn, kind, g.Key, rec)
}

// back undoes, in txn, what a gone record did to its item, now that Procore shows the record
// again: an item nobody touched since returns to where it was; the rest keep their decision.
func (e *Engine) back(txn *badger.Txn, kind Kind, key string, g goneRecord, direct bool) error {
	if err := txn.Delete(goneKey(kind, key)); err != nil {
		return fmt.Errorf("forget gone record %s/%s: %w", kind, key, err)
	}
	if !g.Applied {
		return nil
	}
	it, err := getItem(txn, ItemID(kind, key))
	if isNoItem(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if it.State != g.Set || !it.UpdatedAt.Equal(g.SetAt) {
		return nil // the bookkeeper (or an export) moved it since
	}
	switch {
	case g.From == Synced && it.QB != nil:
		return e.move(txn, it, Synced, ByProcore, fmt.Sprintf("Back in Procore; still linked to QuickBooks record %s.", it.QB.label()))
	case g.From == Rejected:
		return nil
	}
	next, says := Waiting, "Back in Procore; ready to export."
	if direct && it.State != Rejected { // a rejection is undone to "ready" only (allowed)
		next, says = Queued, "Back in Procore; it will be sent."
	}
	it.Comment = ""
	return e.move(txn, it, next, ByProcore, says)
}

// GoneFromProcore says whether the record behind it is one Procore deleted, voided or no
// longer shows, and what happened (for the pages, and for decisions that would send it to
// QuickBooks again).
func (e *Engine) GoneFromProcore(it *Item) (why string, gone bool) {
	_ = e.st.View(func(txn *badger.Txn) error {
		why, gone = goneOf(txn, it)
		return nil
	})
	return why, gone
}

// goneOf is GoneFromProcore in txn.
func goneOf(txn *badger.Txn, it *Item) (string, bool) {
	entry, err := txn.Get(goneKey(it.Kind, it.Key))
	if err != nil {
		return "", false
	}
	var g goneRecord
	if entry.Value(func(v []byte) error { return json.Unmarshal(v, &g) }) != nil {
		return "", false
	}
	return g.Why, true
}
