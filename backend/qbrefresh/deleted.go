package qbrefresh

import (
	"fmt"
	"slices"
	"time"

	"joblink/backend/qbmirror"
	"joblink/qbwc/qbxml"
)

// A run asks QuickBooks what was deleted since the last run in the same request set as the
// lists, first, so a quiet company still costs one round trip: ListDeletedQuery for the
// mirrored lists and, when WithDeletedTransactions names types, TxnDeletedQuery. Neither is
// iterator-capable, so each is asked once per run.

// deletedQuery is one of a run's deletion queries.
type deletedQuery struct {
	name      string // "lists" or "transactions": names its memo
	requestID string
	txn       bool
	types     []string     // ListDelType or TxnDelType values
	memo      *deletedMemo // as the last run left it; nil: none yet
	from      time.Time    // FromDeletedDate; zero: everything QuickBooks keeps
	// skip: a first run over an empty mirror asks nothing; its cursor is saved when QuickBooks
	// answers the lists (deletedcursor.go).
	skip    bool
	askedAt time.Time // Joblink's clock when the run first asked QuickBooks anything
	state   listState
	problem *ListProblem
}

func (q *deletedQuery) finished() bool { return q.skip || q.state != listPending }

// request is the query as QuickBooks gets it.
func (q *deletedQuery) request() qbxml.Request {
	if q.txn {
		return qbxml.TxnDeletedQuery{TxnDelTypes: q.types, FromDeletedDate: q.from}
	}
	return qbxml.ListDeletedQuery{ListDelTypes: q.types, FromDeletedDate: q.from}
}

// planDeletions adds the run's deletion queries and returns the lists it reads whole instead of
// from their cursors.
func (e *Engine) planDeletions(r *run, now time.Time) ([]qbmirror.Kind, error) {
	lists, sweep, err := e.planListDeletions(now)
	if err != nil {
		return nil, fmt.Errorf("plan the deletion query: %w", err)
	}
	r.deleted = append(r.deleted, lists)
	txns, err := e.planTxnDeletions()
	if err != nil {
		return nil, fmt.Errorf("plan the transaction deletion query: %w", err)
	}
	if txns != nil {
		r.deleted = append(r.deleted, txns)
	}
	return sweep, nil
}

// planListDeletions decides how this run learns of deleted list records, and which lists it
// must read whole and compare instead (sweep.go).
func (e *Engine) planListDeletions(now time.Time) (*deletedQuery, []qbmirror.Kind, error) {
	q := &deletedQuery{name: "lists", requestID: "deleted", types: mirroredDelTypes}
	memo, err := e.loadDeletedMemo(q.name)
	if err != nil {
		return nil, nil, err
	}
	if memo != nil && memo.covers(q.types) {
		q.memo, q.from = memo, sendAt(memo.From, memo.Offset)
		sweep := memo.Sweep
		if memo.stale(now) {
			held, err := e.listsHeld()
			if err != nil {
				return nil, nil, err
			}
			sweep = union(sweep, held)
		}
		return q, sweep, nil
	}
	// No history: a first run, or a mirror filled before Joblink asked for deletions.
	held, err := e.listsHeld()
	if err != nil {
		return nil, nil, err
	}
	q.skip = len(held) == 0
	return q, held, nil
}

// planTxnDeletions is the transaction query, when an option names types: from where the last
// one left off, or everything QuickBooks keeps the first time (the sink ignores what is linked
// to nothing).
func (e *Engine) planTxnDeletions() (*deletedQuery, error) {
	if len(e.cfg.deletedTxnTypes) == 0 {
		return nil, nil
	}
	q := &deletedQuery{name: "transactions", requestID: "deleted-txns", txn: true, types: e.cfg.deletedTxnTypes}
	memo, err := e.loadDeletedMemo(q.name)
	if err != nil {
		return nil, err
	}
	if memo != nil && memo.covers(q.types) {
		q.memo, q.from = memo, sendAt(memo.From, memo.Offset)
	}
	return q, nil
}

// listsHeld are the mirrored lists holding any record.
func (e *Engine) listsHeld() ([]qbmirror.Kind, error) {
	var held []qbmirror.Kind
	for _, k := range qbmirror.Kinds {
		n, err := e.mirror.Count(k)
		if err != nil {
			return nil, fmt.Errorf("count %s: %w", k, err)
		}
		if n > 0 {
			held = append(held, k)
		}
	}
	return held, nil
}

// sendAt writes a saved time in the offset QuickBooks wrote it with, so QuickBooks sees its own
// wall-clock time back (state.go, WatermarkOffset).
func sendAt(t time.Time, offset *int) time.Time {
	if t.IsZero() || offset == nil {
		return t
	}
	return t.In(time.FixedZone("", *offset))
}

func union(a, b []qbmirror.Kind) []qbmirror.Kind {
	out := append([]qbmirror.Kind(nil), a...)
	for _, k := range b {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}
