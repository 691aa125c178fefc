package qbrefresh

import (
	"fmt"
	"time"

	"joblink/qbwc/qbxml"
)

// apply handles one list's response: store its page, then finish the list, ask for the next
// page, or record why it cannot be read (qbxml.md §8 handling classes).
func (e *Engine) apply(l *listRun, resp *qbxml.Response) error {
	outcome := resp.Status.Explain()
	switch outcome.Class {
	case qbxml.ClassOK, qbxml.ClassInfo, qbxml.ClassWarning:
		if outcome.Class == qbxml.ClassWarning {
			e.log.Warn().Str("list", string(l.kind)).Int("code", resp.Status.Code).Str("message", resp.Status.Message).
				Msg("QuickBooks returned a list page with a warning")
		}
		if err := e.storePage(l, resp.Rets); err != nil {
			return &storeError{fmt.Errorf("store %s page: %w", l.kind, err)}
		}
		if l.paged && resp.IteratorRemainingCount > 0 {
			if resp.IteratorID == "" {
				e.fail(l, problemFrom(e.cfg.now(), outcome.Status, "QuickBooks announced more records but gave no way to ask for them.",
					"The next update will try again.", true), listDeferred)
				return nil
			}
			l.iteratorID = resp.IteratorID
			return nil
		}
		return e.complete(l)
	case qbxml.ClassNoMatch:
		// Nothing modified since the watermark: the list is current.
		return e.complete(l)
	case qbxml.ClassRetryLater:
		e.fail(l, problemFrom(e.cfg.now(), outcome.Status, outcome.Explanation, outcome.Fix, true), listDeferred)
		return nil
	case qbxml.ClassReread:
		if resp.Status.Code == 3391 && l.restarts == 0 {
			// The iterator expired; Start again once in this run. Pages already stored stay,
			// and the watermark still waits for a complete pass.
			l.restarts++
			l.iteratorID = ""
			e.log.Info().Str("list", string(l.kind)).Msg("QuickBooks forgot the paged query; restarting the list")
			return nil
		}
		e.fail(l, problemFrom(e.cfg.now(), outcome.Status, outcome.Explanation, "Joblink will read the list again in the next update.", true), listDeferred)
		return nil
	default:
		e.fail(l, problemFrom(e.cfg.now(), outcome.Status, outcome.Explanation, outcome.Fix, false), listFailed)
		return nil
	}
}

func problemFrom(at time.Time, st qbxml.Status, explanation, fix string, transient bool) *ListProblem {
	return &ListProblem{At: at, Code: st.Code, Message: explanation, Fix: fix, QuickBooksSaid: st.Message, Transient: transient}
}

// complete moves the list's cursor and watermark: its last page is in.
func (e *Engine) complete(l *listRun) error {
	if l.sweep {
		if ok, err := e.sweep(l); !ok || err != nil {
			return err
		}
	}
	watermark := l.watermark
	if l.newest.After(watermark) {
		watermark = l.newest // what CompleteRefresh will keep
	}
	cursor := &listCursor{From: nextCursor(l.from, l.newest, l.askedAt), Watermark: watermark}
	// The cursor is saved first, naming the watermark it belongs to: if Joblink stops before the
	// watermark moves, the next run finds them apart and starts at the old watermark instead.
	if err := e.updateListMemo(l.kind, func(m *listMemo) {
		m.Cursor = cursor
		if !l.newest.IsZero() {
			offset := l.newestOffset
			m.WatermarkOffset = &offset
		}
	}); err != nil {
		return &storeError{err}
	}
	if err := e.mirror.CompleteRefresh(l.kind, l.newest, e.cfg.now()); err != nil {
		return &storeError{fmt.Errorf("complete %s refresh: %w", l.kind, err)}
	}
	l.state = listRefreshed
	l.iteratorID = ""
	return nil
}

// fail leaves the list for the next run with its watermark unmoved and remembers why.
func (e *Engine) fail(l *listRun, p *ListProblem, state listState) {
	l.state, l.problem, l.iteratorID = state, p, ""
	e.log.Warn().Str("list", string(l.kind)).Int("code", p.Code).Str("message", p.Message).Str("quickBooksSaid", p.QuickBooksSaid).Bool("transient", p.Transient).
		Msg("QuickBooks list not refreshed")
	if err := e.updateListMemo(l.kind, func(m *listMemo) { m.LastProblem = p }); err != nil {
		// The run's summary still carries the problem; only the dashboard's copy is lost.
		e.log.Error().Err(err).Msg("saving a list problem")
	}
}
