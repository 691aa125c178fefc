package qbrefresh

import (
	"fmt"
	"sync"

	"joblink/backend/engine"
	"joblink/backend/qbmirror"
	"joblink/qbwc/qbxml"
)

// Returned keeps the mirror current with the list records QuickBooks returns to a flow's own
// requests (adds, mods, lookups), by the rules the refresh uses. Create it with NewReturned.
type Returned struct {
	mirror *qbmirror.Mirror

	mu      sync.Mutex
	pending []qbmirror.Record
}

// NewReturned returns a Returned saving into m.
func NewReturned(m *qbmirror.Mirror) *Returned { return &Returned{mirror: m} }

// Now saves the first list record of resp at once — a lookup's answer, which Prepare may read
// again in the same run; ok is false when resp holds none.
func (r *Returned) Now(resp *qbxml.Response) (rec qbmirror.Record, ok bool, err error) {
	rec, ok = first(resp)
	if !ok {
		return rec, false, nil
	}
	if err := r.mirror.Upsert([]qbmirror.Record{rec}); err != nil {
		return rec, true, fmt.Errorf("save %q in the mirror: %w", rec.FullName, err)
	}
	return rec, true, nil
}

// Later keeps the first list record of resp for the next Flush; ok is false when resp holds none.
func (r *Returned) Later(resp *qbxml.Response) (qbmirror.Record, bool) {
	rec, ok := first(resp)
	if ok {
		r.mu.Lock()
		r.pending = append(r.pending, rec)
		r.mu.Unlock()
	}
	return rec, ok
}

// Flush saves what Later kept, in one write (the engine calls it after each response).
func (r *Returned) Flush() error {
	r.mu.Lock()
	recs := r.pending
	r.pending = nil
	r.mu.Unlock()
	if len(recs) == 0 {
		return nil
	}
	return r.mirror.Upsert(recs)
}

// Ref is the engine's link to a QuickBooks list record, as QuickBooks returned it or the mirror
// keeps it (the EditSequence a later modify needs included).
func Ref(rec qbmirror.Record) *engine.QBRef {
	return &engine.QBRef{ListID: rec.ListID, FullName: rec.FullName, EditSequence: rec.EditSequence}
}

func first(resp *qbxml.Response) (qbmirror.Record, bool) {
	for _, ret := range resp.Rets {
		if rec, ok := toRecord(ret); ok {
			return rec, true
		}
	}
	return qbmirror.Record{}, false
}
