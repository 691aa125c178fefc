package qbrefresh

import "joblink/backend/engine"

// DeletionSink is told of the records QuickBooks deleted, so work linked to them is not left
// pointing at nothing: the sync engine (engine.(*Engine).QuickBooksDeleted) unlinks its items,
// says so on each and clears Procore's copy of the link. It must be idempotent: a deletion is
// reported again when Joblink stopped before saving that it had reported it.
type DeletionSink interface {
	QuickBooksDeleted([]engine.DeletedInQuickBooks) (int, error)
}

// SetDeletionSink makes the engine report deletions to s (nil: only the mirror learns of them).
// The wiring sets it once the sync engine exists, which is built after the refresh.
func (e *Engine) SetDeletionSink(s DeletionSink) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.sink = s
}
