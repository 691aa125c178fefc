package qbrefresh

import (
	"fmt"
	"time"

	"joblink/backend/engine"
	"joblink/backend/qbmirror"
	"joblink/qbwc/qbxml"
)

// deletion is one record QuickBooks reports deleted.
type deletion struct {
	id       string // ListID or TxnID
	delType  string // ListDelType or TxnDelType
	fullName string // FullName, or a transaction's RefNumber
	said     string // TimeDeleted as QuickBooks wrote it
	at       time.Time
}

func toDeletion(ret qbxml.Ret) (deletion, bool) {
	switch r := ret.(type) {
	case *qbxml.ListDeletedRet:
		return deletion{id: r.ListID, delType: r.ListDelType, fullName: r.FullName, said: r.TimeDeleted, at: parseQBTime(r.TimeDeleted)}, r.ListID != ""
	case *qbxml.TxnDeletedRet:
		return deletion{id: r.TxnID, delType: r.TxnDelType, fullName: r.RefNumber, said: r.TimeDeleted, at: parseQBTime(r.TimeDeleted)}, r.TxnID != ""
	}
	return deletion{}, false
}

// applyDeleted handles a deletion query's answer: take what is new out of the mirror, tell the
// sink, then move the cursor. A failure before the cursor moves leaves the query for the next
// run, which reads the same deletions again.
func (e *Engine) applyDeleted(q *deletedQuery, resp *qbxml.Response) error {
	outcome := resp.Status.Explain()
	switch outcome.Class {
	case qbxml.ClassOK, qbxml.ClassInfo, qbxml.ClassWarning, qbxml.ClassNoMatch:
	case qbxml.ClassRetryLater, qbxml.ClassReread:
		e.failDeleted(q, problemFrom(e.cfg.now(), outcome.Status, outcome.Explanation, "The next update will try again.", true))
		return nil
	default:
		e.failDeleted(q, problemFrom(e.cfg.now(), outcome.Status, outcome.Explanation, outcome.Fix, false))
		return nil
	}
	seen := map[string]bool{}
	if q.memo != nil {
		for _, id := range q.memo.Seen {
			seen[id] = true
		}
	}
	var all, fresh []deletion
	for _, ret := range resp.Rets {
		d, ok := toDeletion(ret)
		if !ok {
			e.log.Warn().Str("record", ret.RetElement()).Msg("ignoring a record a deletion query did not ask for")
			continue
		}
		all = append(all, d)
		if !seen[d.id] {
			fresh = append(fresh, d)
		}
	}
	told, err := e.settle(q, fresh)
	if err != nil {
		return err
	}
	if !told {
		return nil
	}
	return e.moveDeletedCursor(q, all)
}

// settle applies fresh deletions: out of the mirror (list records, one batch per list), noted
// so a later page of this run cannot bring one back, and told to the sink. told is false when
// the sink failed; the query is then left for the next run.
func (e *Engine) settle(q *deletedQuery, fresh []deletion) (told bool, err error) {
	r := e.run
	held := map[string]qbmirror.Record{} // what the mirror held of them, for their words
	if !q.txn {
		byKind := map[qbmirror.Kind][]string{}
		for _, d := range fresh {
			if k, ok := listDelTypes[d.delType]; ok {
				byKind[k] = append(byKind[k], d.id)
			}
		}
		for k, ids := range byKind {
			removed, err := e.mirror.Remove(k, ids)
			if err != nil {
				return false, &storeError{fmt.Errorf("remove deleted %s records: %w", k, err)}
			}
			r.removed[k] += len(removed)
			for _, rec := range removed {
				held[rec.ListID] = rec
			}
		}
	}
	report := make([]engine.DeletedInQuickBooks, 0, len(fresh))
	for _, d := range fresh {
		r.gone[d.id] = true
		if q.txn {
			r.txnsDeleted++
			report = append(report, engine.DeletedInQuickBooks{Ref: engine.QBRef{TxnID: d.id, FullName: d.fullName}, What: words(d.delType), At: d.said})
			continue
		}
		what := deletedWhat(d.delType, d.fullName)
		if rec, ok := held[d.id]; ok && d.delType == "Customer" {
			what = mirrorWhat(rec) // the mirror knows a job by its level
		}
		report = append(report, engine.DeletedInQuickBooks{Ref: engine.QBRef{ListID: d.id, FullName: d.fullName}, What: what, At: d.said})
	}
	if err := e.tell(report); err != nil {
		e.failDeleted(q, e.sinkProblem(err))
		return false, nil
	}
	return true, nil
}

// tell reports deletions to the sink, if there is one.
func (e *Engine) tell(report []engine.DeletedInQuickBooks) error {
	if len(report) == 0 || e.sink == nil {
		return nil
	}
	n, err := e.sink.QuickBooksDeleted(report)
	if err != nil {
		return err
	}
	e.log.Info().Int("deleted", len(report)).Int("itemsUnlinked", n).Msg("told the sync engine of records deleted in QuickBooks")
	return nil
}

func (e *Engine) sinkProblem(err error) *ListProblem {
	e.log.Error().Err(err).Msg("the sync engine could not take records deleted in QuickBooks")
	return &ListProblem{
		At:        e.cfg.now(),
		Message:   "Joblink could not unlink its work from records deleted in QuickBooks.",
		Fix:       "The next update will try again. If this keeps happening, send Joblink's log files to support.",
		Transient: true,
	}
}

// moveDeletedCursor saves where the next query starts, with the ids it will read again.
func (e *Engine) moveDeletedCursor(q *deletedQuery, all []deletion) error {
	var newest time.Time
	offset := (*int)(nil)
	if q.memo != nil {
		offset = q.memo.Offset
	}
	for _, d := range all {
		if d.at.After(newest) {
			newest = d.at
			_, o := d.at.Zone()
			offset = &o
		}
	}
	memo := &deletedMemo{Types: q.types, From: nextCursor(q.from, newest, q.askedAt), Offset: offset, CheckedAt: q.askedAt}
	for _, d := range all {
		if !d.at.Before(memo.From) {
			memo.Seen = append(memo.Seen, d.id)
		}
	}
	if !q.txn {
		memo.Sweep = e.run.sweepsLeft()
	}
	if err := e.saveDeletedMemo(q.name, memo); err != nil {
		return &storeError{err}
	}
	q.state = listRefreshed
	return nil
}

// settleFirst saves a first run's cursor (deletedcursor.go), in the offset QuickBooks wrote the
// lists' times with when it sent any.
func (e *Engine) settleFirst(q *deletedQuery) error {
	memo := &deletedMemo{Types: q.types, From: settledBefore(q.askedAt), CheckedAt: q.askedAt}
	for _, l := range e.run.lists {
		if !l.newest.IsZero() {
			offset := l.newestOffset
			memo.Offset = &offset
			break
		}
	}
	if err := e.saveDeletedMemo(q.name, memo); err != nil {
		return &storeError{err}
	}
	q.state = listRefreshed
	return nil
}

// failDeleted leaves the query for the next run, cursor unmoved, and remembers why.
func (e *Engine) failDeleted(q *deletedQuery, p *ListProblem) {
	q.state, q.problem = listDeferred, p
	if !p.Transient {
		q.state = listFailed
	}
	e.log.Warn().Str("deleted", q.name).Int("code", p.Code).Str("message", p.Message).Str("quickBooksSaid", p.QuickBooksSaid).
		Msg("QuickBooks deletions not read")
}
