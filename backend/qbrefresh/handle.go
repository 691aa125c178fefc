package qbrefresh

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"joblink/qbwc/qbxml"
)

// storeError marks a failure to persist, so HandleResponse can tell it from a response it
// could not read.
type storeError struct{ err error }

func (e *storeError) Error() string { return e.err.Error() }
func (e *storeError) Unwrap() error { return e.err }

// HandleResponse takes QuickBooks' answer to the last request set, applies its deletions,
// stores each page and returns progress 0–100. An answer that cannot be read fails with words
// for the bookkeeper; pages already stored stay stored.
func (e *Engine) HandleResponse(ctx context.Context, responseXML string) (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	r := e.run
	if r == nil {
		return 0, ErrNoRun
	}
	if !r.sent {
		return 0, errors.New("qbrefresh: a response arrived but no request set was sent")
	}
	sent, sentDel := r.inFlight, r.inFlightDel
	r.sent, r.inFlight, r.inFlightDel = false, nil, nil
	r.roundTrips++

	answered := map[*listRun]bool{}
	answeredDel := map[*deletedQuery]bool{}
	err := qbxml.ParseResponses(strings.NewReader(responseXML), func(resp *qbxml.Response) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if q := r.deletedByRequestID(resp.RequestID); q != nil && !q.finished() && !answeredDel[q] {
			answeredDel[q] = true
			return e.applyDeleted(q, resp)
		}
		return e.route(r, resp, answered)
	})
	if err == nil {
		err = e.settleFirstRun(r)
	}
	var se *storeError
	switch {
	case errors.As(err, &se):
		return 0, storeProblem(se.err)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return 0, fmt.Errorf("qbrefresh: handling the response: %w", err)
	case err != nil:
		return 0, &Problem{
			Message: "Joblink could not read QuickBooks' answer to its request for the lists.",
			Fix:     "Nothing already read is lost; the next update will try again. If this keeps happening, send Joblink's log files to support.",
			Err:     err,
		}
	}
	for _, q := range sentDel {
		if !answeredDel[q] {
			e.failDeleted(q, &ListProblem{At: e.cfg.now(), Message: "QuickBooks did not answer Joblink's request for deleted records.",
				Fix: "The next update will try again.", Transient: true})
		}
	}
	for _, l := range sent {
		if !answered[l] {
			// With continueOnError every request gets an answer, so a missing one means the
			// response was cut short; the list keeps its watermark and is read next time.
			e.fail(l, &ListProblem{
				At:        e.cfg.now(),
				Message:   fmt.Sprintf("QuickBooks did not answer Joblink's request for the %s.", listNoun(l.kind, 2)),
				Fix:       "The next update will try again.",
				Transient: true,
			}, listDeferred)
		}
	}
	return r.progress(), nil
}

// route hands a list's page to apply, once per request set.
func (e *Engine) route(r *run, resp *qbxml.Response, answered map[*listRun]bool) error {
	l := r.byRequestID(resp.RequestID)
	if l == nil || l.finished() || answered[l] {
		e.log.Warn().Str("requestID", resp.RequestID).Str("response", resp.Name).Msg("ignoring a response Joblink did not ask for")
		return nil
	}
	answered[l] = true
	return e.apply(l, resp)
}

// settleFirstRun saves a first run's deletion cursor once QuickBooks has answered: it had taken
// the lists' queries by then, so whatever it deleted earlier is absent from their pages.
func (e *Engine) settleFirstRun(r *run) error {
	for _, q := range r.deleted {
		if q.skip && q.state == listPending {
			if err := e.settleFirst(q); err != nil {
				return err
			}
		}
	}
	return nil
}
