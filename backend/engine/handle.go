package engine

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/problem"
	"joblink/qbwc/qbxml"
)

// HandleResponse takes QuickBooks' answer to the last set and returns the run's progress
// (0–100; 100 only when nothing is left to send).
func (e *Engine) HandleResponse(ctx context.Context, responseXML string) (int, error) {
	defer e.exp.timed(time.Now())
	e.mu.Lock()
	defer e.mu.Unlock()
	x := &e.exp
	x.mu.Lock()
	defer x.mu.Unlock()
	r := x.run
	if r == nil {
		return 0, errors.New("engine: no export run")
	}
	if r.inflight == nil {
		return e.progress(r), nil
	}
	if r.recovering != "" {
		err := e.handleRecovery(r, responseXML)
		e.flush()
		if err != nil {
			return 0, err
		}
		return e.progress(r), nil
	}
	var answers []*qbxml.Response
	err := qbxml.ParseResponses(strings.NewReader(responseXML), func(resp *qbxml.Response) error {
		if _, ok := r.inflight[resp.RequestID]; ok {
			answers = append(answers, resp)
		}
		return nil
	})
	if err != nil {
		// The items stay "sent": the next run looks each one up, so nothing is lost or doubled.
		r.inflight = nil
		return 0, &problem.Problem{
			Message: "QuickBooks' answer to Joblink's export could not be read.",
			Fix:     "Nothing is lost: Joblink checks in QuickBooks what arrived before sending anything again. If it keeps happening, send Joblink's log files to support.",
			Err:     err,
		}
	}
	var chunkTally RunCounts
	err = e.inChunks(len(answers), func(txn *badger.Txn, from, to int) error {
		chunkTally = RunCounts{}
		for _, resp := range answers[from:to] {
			fl := r.inflight[resp.RequestID]
			it, err := getItem(txn, fl.itemID)
			if err != nil {
				return err
			}
			if fl.lookup {
				err = e.applyLookup(txn, it, resp, &chunkTally)
			} else {
				err = e.applyAnswer(txn, it, resp, fl, &chunkTally)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}, func(int, int) { r.counts.add(chunkTally) })
	r.inflight = nil
	if err != nil {
		return 0, storeProblem(err)
	}
	if r.outSet != "" {
		// Its answer is applied: the next write set tells QuickBooks it need not keep it.
		r.forget, r.outSet = r.outSet, ""
	}
	e.flush()
	return e.progress(r), nil
}

// flush has the flows save what they gathered from an answer (see Flusher).
func (e *Engine) flush() {
	for _, f := range e.flows {
		if fl, ok := f.(Flusher); ok {
			if err := fl.Flush(); err != nil {
				// Only the mirror's copy is behind; the next list refresh brings it up to date.
				e.log.Warn().Err(err).Str("kind", string(f.Kind())).Msg("saving what QuickBooks returned in the mirror")
			}
		}
	}
}

// applyLookup settles an item whose outcome was unknown, or refreshes one to re-read.
func (e *Engine) applyLookup(txn *badger.Txn, it *Item, resp *qbxml.Response, c *RunCounts) error {
	f := e.byKind[it.Kind]
	if resp.Status.IsError() {
		// Whether it arrived is still unknown: leave it for the next run.
		o := resp.Status.Explain()
		return e.move(txn, it, it.State, ByQuickBooks, "Could not check QuickBooks: "+o.Message)
	}
	ref, err := f.Found(it, resp)
	var fe *FailureError
	switch {
	case errors.As(err, &fe):
		it.Reread, it.NameTaken = false, false
		c.Attention++
		return e.fail(txn, it, fe.Failure, ByQuickBooks)
	case err != nil:
		return fmt.Errorf("read lookup of %s: %w", it.ID, err)
	}
	wasSent := it.State == Sent
	it.Reread = false
	if ref != nil {
		it.NameTaken = false
	}
	if ref != nil {
		it.QB = ref
		if wasSent {
			c.Recovered++
			return e.move(txn, it, Synced, ByQuickBooks, "Found in QuickBooks after an interrupted run: it arrived, so it is not sent again.")
		}
		c.Linked++
		return e.move(txn, it, Synced, ByQuickBooks, "QuickBooks already has it as it should be.")
	}
	if nc, ok := f.(NameClasher); ok && it.NameTaken {
		// QuickBooks refused the name, and no record of this kind has it: another list does.
		it.NameTaken = false
		c.Attention++
		fail := nc.NameClash(it)
		fail.Code = 3100
		return e.fail(txn, it, fail, ByQuickBooks)
	}
	if wasSent {
		return e.move(txn, it, Queued, ByQuickBooks, "Not in QuickBooks after an interrupted run: it will be sent again.")
	}
	return e.move(txn, it, Queued, ByQuickBooks, "Re-read from QuickBooks; sending again.")
}

// applyAnswer records QuickBooks' answer to an export request.
func (e *Engine) applyAnswer(txn *badger.Txn, it *Item, resp *qbxml.Response, fl flight, c *RunCounts) error {
	f := e.byKind[it.Kind]
	if !resp.Status.IsError() {
		ref, err := f.Done(it, resp)
		var fe *FailureError
		switch {
		case errors.As(err, &fe):
			c.Attention++
			return e.fail(txn, it, fe.Failure, ByQuickBooks)
		case err != nil:
			return fmt.Errorf("read answer for %s: %w", it.ID, err)
		}
		it.QB, it.LinkedInSource, it.Attempts, it.NotBefore = ref, false, 0, time.Time{}
		if fl.recovered {
			c.Recovered++
		} else {
			c.Added++
		}
		msg := fl.message
		if msg == "" {
			msg = "Saved in QuickBooks."
		}
		if ref != nil && ref.FullName != "" {
			msg += fmt.Sprintf(" QuickBooks record: %q.", ref.FullName)
		}
		return e.move(txn, it, Synced, ByQuickBooks, msg)
	}
	o := resp.Status.Explain()
	fail := Failure{Code: o.Code, Message: o.Message, Meaning: o.Explanation, Fix: o.Fix}
	switch {
	case o.Class == qbxml.ClassReread || o.Code == 3100:
		// 3200: the EditSequence was stale; 3100: the name is taken, perhaps by a record the
		// mirror has not seen yet. Either way, read it and decide again.
		if _, ok := f.(NameClasher); ok && o.Code == 3100 {
			it.NameTaken = true
		}
		if it.Attempts <= maxRereads {
			it.Reread = true
			return e.move(txn, it, Queued, ByQuickBooks, "QuickBooks said: "+o.Message+" Joblink reads the record again and retries.")
		}
		fail.Class, fail.Fix = RetryLater, "Joblink tries again on the next Web Connector run. "+fail.Fix
	case o.Class == qbxml.ClassRetryLater:
		fail.Class = RetryLater
	default:
		fail.Class = FixData
	}
	if fail.Class == RetryLater {
		it.NotBefore = e.now().Add(backoff(it.Attempts))
		c.Retrying++
	} else {
		c.Attention++
	}
	return e.fail(txn, it, fail, ByQuickBooks)
}

// backoff is how long a retry-later failure waits: 1, 2, 4 … minutes, at most an hour.
func backoff(attempts int) time.Duration {
	d := time.Minute
	for i := 1; i < attempts && d < time.Hour; i++ {
		d *= 2
	}
	return min(d, time.Hour)
}

// progress is the share of the run's work done: 100 only when nothing is left, so a session
// never reports done while anything it could export still waits.
func (e *Engine) progress(r *exportRun) int {
	if e.Paused() {
		return 100 // NextRequest sends nothing more; the status says syncing is paused
	}
	var left int
	err := e.st.View(func(txn *badger.Txn) (err error) { left, err = e.remaining(txn, r, e.now()); return err })
	if err != nil {
		e.log.Warn().Err(err).Msg("counting what the export run has left; assuming some")
		left = 1
	}
	if left == 0 {
		return 100
	}
	done := r.counts.Added + r.counts.Linked + r.counts.Attention + r.counts.Retrying + r.counts.Recovered
	total := max(r.total, done+left)
	return min(99, max(0, (total-left)*100/total))
}

// EndRun ends the run and returns its one-line summary; err says why it ended early.
func (e *Engine) EndRun(ctx context.Context, err error) string {
	x := &e.exp
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.run == nil {
		return ""
	}
	return x.endLocked(e, err)
}

func (x *exporter) endLocked(e *Engine, cause error) string {
	r := x.run
	x.run = nil
	res := &RunResult{ID: r.id, Started: r.started, Ended: e.now(), RoundTrips: r.roundTrips, RunCounts: r.counts}
	res.Summary = summarize(r.counts, cause)
	x.last = res
	if c := r.counts; c.Added+c.Linked+c.Recovered > 0 {
		e.SyncNow() // write the new links back to Procore now, not at the next poll
	}
	ev := e.log.Info()
	if cause != nil {
		ev = e.log.Warn().Err(cause)
	}
	ev.Str("run", r.id).Int("roundTrips", r.roundTrips).Str("summary", res.Summary).Msg("QuickBooks export run ended")
	return res.Summary
}

func summarize(c RunCounts, cause error) string {
	var parts []string
	if c.Added > 0 {
		parts = append(parts, fmt.Sprintf("%d saved in QuickBooks", c.Added))
	}
	if c.Linked > 0 {
		parts = append(parts, fmt.Sprintf("%d linked to existing records", c.Linked))
	}
	if c.Recovered > 0 {
		parts = append(parts, fmt.Sprintf("%d found after an interrupted run", c.Recovered))
	}
	if c.Attention > 0 {
		parts = append(parts, fmt.Sprintf("%d need attention", c.Attention))
	}
	if c.Retrying > 0 {
		parts = append(parts, fmt.Sprintf("%d will be retried", c.Retrying))
	}
	if c.Waiting > 0 {
		parts = append(parts, fmt.Sprintf("%d wait for records they depend on", c.Waiting))
	}
	s := "Nothing to export."
	if len(parts) > 0 {
		s = "Export: " + strings.Join(parts, ", ") + "."
	}
	if cause != nil {
		s += " The run ended early; anything unfinished is checked and sent on the next run."
	}
	return s
}

// Run reports the export run under way.
func (e *Engine) Run() RunStatus {
	x := &e.exp
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.run == nil {
		return RunStatus{}
	}
	r := x.run
	started := r.started
	c := r.counts
	return RunStatus{Active: true, Sent: c.Sent, Done: c.Added + c.Linked + c.Attention + c.Retrying + c.Recovered, Total: r.total, StartedAt: &started}
}

// LastRun is the last finished run, or nil.
func (e *Engine) LastRun() *RunResult {
	x := &e.exp
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.last
}
