package qbrefresh

import (
	"fmt"
	"slices"

	"joblink/backend/engine"
	"joblink/backend/qbmirror"
)

// When QuickBooks may have forgotten deletions the mirror never learnt of (deletedcursor.go,
// historyTrusted), a list is read whole once, from no cursor, and every record the mirror holds
// that the pass did not return is taken out: QuickBooks no longer has it. Records modified after
// the pass began are left alone; QuickBooks fixed the pass's records when it took the query, so
// a record written since need not be in it.

// sweep ends a whole-list pass: the sink is told first, then the mirror loses the records, so a
// failure on the way leaves them in the mirror for the next sweep to find again (the mirror is
// the sweep's only memory of them). It reports whether the list may complete.
func (e *Engine) sweep(l *listRun) (bool, error) {
	settled := settledBefore(l.askedAt)
	var gone []qbmirror.Record
	err := e.mirror.List(l.kind, func(r qbmirror.Record) error {
		if !l.seen[r.ListID] && r.TimeModified.Before(settled) {
			gone = append(gone, r)
		}
		return nil
	})
	if err != nil {
		return false, &storeError{fmt.Errorf("compare %s with QuickBooks: %w", l.kind, err)}
	}
	if len(gone) > 0 {
		report := make([]engine.DeletedInQuickBooks, len(gone))
		ids := make([]string, len(gone))
		for i, r := range gone {
			// No time: QuickBooks no longer says when.
			report[i] = engine.DeletedInQuickBooks{Ref: engine.QBRef{ListID: r.ListID, FullName: r.FullName}, What: mirrorWhat(r)}
			ids[i] = r.ListID
		}
		if err := e.tell(report); err != nil {
			e.fail(l, e.sinkProblem(err), listDeferred)
			return false, nil
		}
		removed, err := e.mirror.Remove(l.kind, ids)
		if err != nil {
			return false, &storeError{fmt.Errorf("remove %s QuickBooks no longer has: %w", l.kind, err)}
		}
		e.run.removed[l.kind] += len(removed)
		e.log.Info().Str("list", string(l.kind)).Int("removed", len(removed)).Msg("records QuickBooks no longer has were taken out of the mirror")
	}
	return true, e.sweepDone(l.kind)
}

// sweepDone takes the list off the memo's sweeps.
func (e *Engine) sweepDone(k qbmirror.Kind) error {
	memo, err := e.loadDeletedMemo("lists")
	if err != nil || memo == nil || !slices.Contains(memo.Sweep, k) {
		return storeErr(err)
	}
	memo.Sweep = slices.DeleteFunc(memo.Sweep, func(x qbmirror.Kind) bool { return x == k })
	return storeErr(e.saveDeletedMemo("lists", memo))
}

// sweepsLeft are the lists this run reads whole and has not finished.
func (r *run) sweepsLeft() []qbmirror.Kind {
	var out []qbmirror.Kind
	for _, l := range r.lists {
		if l.sweep && l.state != listRefreshed {
			out = append(out, l.kind)
		}
	}
	return out
}

func storeErr(err error) error {
	if err == nil {
		return nil
	}
	return &storeError{err}
}
