package engine

import (
	"bytes"
	"context"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// DetectResult counts what one detection pass changed.
type DetectResult struct {
	Seen, New, Changed int
	Gone               int // records Procore deleted, voided or no longer shows, set aside
}

// Detect reads kind's records from Procore and brings the items up to date: new records
// become items, changed ones are sent again (a synced item whose record changed waits for a
// new decision), records that cannot be exported wait for the bookkeeper with the reason. It
// reads every record, whatever the flow can do incrementally; the poller reads less
// (detectKind).
func (e *Engine) Detect(ctx context.Context, kind Kind) (DetectResult, error) {
	f := e.byKind[kind]
	if f == nil {
		return DetectResult{}, fmt.Errorf("engine: no flow for %q", kind)
	}
	records, err := f.Detect(ctx)
	if err != nil {
		return DetectResult{}, err
	}
	return e.applyRecords(kind, records)
}

// applyRecords brings the items of kind up to date with records, in chunks (inChunks: Badger
// refuses an oversized transaction, and items with long titles and details are large).
func (e *Engine) applyRecords(kind Kind, records []Record) (DetectResult, error) {
	res := DetectResult{Seen: len(records)}
	direct := e.direct(kind) // read once: the settings live in the store
	e.mu.Lock()
	defer e.mu.Unlock()
	gone, err := e.goneSet(kind)
	if err != nil {
		return res, fmt.Errorf("save detected %s: %w", kind, err)
	}
	n, c := 0, 0
	err = e.inChunks(len(records), func(txn *badger.Txn, from, to int) error {
		n, c = 0, 0
		for i := from; i < to; i++ {
			if g, was := gone[records[i].Key]; was {
				if err := e.back(txn, kind, records[i].Key, g, direct); err != nil {
					return err
				}
			}
			isNew, changed, err := e.detectOne(txn, kind, &records[i], direct)
			if err != nil {
				return err
			}
			if isNew {
				n++
			}
			if changed {
				c++
			}
		}
		return nil
	}, func(from, to int) {
		for _, r := range records[from:to] {
			delete(gone, r.Key) // back: no longer gone, whatever the next chunk does
		}
		res.New += n
		res.Changed += c
	})
	if err != nil {
		return res, fmt.Errorf("save detected %s: %w", kind, err)
	}
	return res, nil
}

func (e *Engine) detectOne(txn *badger.Txn, kind Kind, d *Record, direct bool) (isNew, changed bool, err error) {
	id := ItemID(kind, d.Key)
	it, err := getItem(txn, id)
	switch {
	case err == nil:
	case isNoItem(err):
		it = &Item{ID: id, Kind: kind, Key: d.Key, State: Detected}
		isNew = true
	default:
		return false, false, err
	}
	if !isNew && d.LinkedTo != nil && it.QB == nil && !it.ClearInSource && linkable(it.State) {
		// Procore names a QuickBooks record Joblink now knows (the list refresh caught up,
		// or Joblink created the Procore record from QuickBooks): take the link.
		it.Title, it.Detail, it.Data, it.Notes = d.Title, d.Detail, d.Data, d.Notes
		it.QB, it.LinkedInSource = d.LinkedTo, true
		return false, true, e.move(txn, it, Synced, ByProcore, "Linked in Procore to QuickBooks record "+d.LinkedTo.label()+".")
	}
	if !isNew && bytes.Equal(d.Data, it.Data) {
		return false, false, nil
	}
	if !isNew && it.State == Sent {
		// Its request may be in QuickBooks' hands: keep what was sent until the outcome is
		// known; the next pass sees the change again.
		return false, false, nil
	}
	it.Title, it.Detail, it.Data, it.Notes = d.Title, d.Detail, d.Data, d.Notes
	next := Waiting
	if direct {
		next = Queued
	}
	switch {
	case d.Problem != nil:
		if it.State == Rejected {
			return isNew, !isNew, e.move(txn, it, Rejected, ByProcore, "")
		}
		it.LinkedElsewhere = d.Elsewhere
		return isNew, !isNew, e.fail(txn, it, *d.Problem, ByJoblink)
	case isNew && d.LinkedTo != nil:
		it.QB, it.LinkedInSource = d.LinkedTo, true
		return true, false, e.move(txn, it, Synced, ByProcore, "Already linked in Procore to QuickBooks record "+d.LinkedTo.label()+".")
	case isNew:
		return true, false, e.move(txn, it, next, ByProcore, "Found in Procore.")
	}
	switch it.State {
	case Waiting, Queued:
		return false, true, e.move(txn, it, it.State, ByProcore, "Changed in Procore; the new values will be sent.")
	case Synced:
		it.LinkedInSource = it.LinkedInSource && d.LinkedTo != nil
		return false, true, e.move(txn, it, next, ByProcore, "Changed in Procore since it was exported.")
	case Failed:
		return false, true, e.move(txn, it, next, ByProcore, "Changed in Procore; ready to export again.")
	default: // Rejected, Detected: keep the decision, take the new values
		return false, true, e.move(txn, it, it.State, ByProcore, "")
	}
}

func (r *QBRef) label() string {
	if r.FullName != "" {
		return fmt.Sprintf("%q", r.FullName)
	}
	return r.ListID + r.TxnID
}

// linkable reports whether an item in state may take a link found in Procore: not while a
// request for it is out, and not against the bookkeeper's rejection.
func linkable(s State) bool { return s == Waiting || s == Detected || s == Failed }
