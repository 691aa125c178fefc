package engine

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/problem"
	"joblink/qbwc/qbxml"
)

// DefaultBatchSize is how many requests one Web Connector round trip carries: 1,000 cost
// codes take four round trips, and a response stays a few hundred kilobytes.
const DefaultBatchSize = 250

// maxRereads bounds how often one item is re-read and re-sent in a row before it waits for
// the next run (a record someone keeps editing in QuickBooks).
const maxRereads = 3

// exporter is the QuickBooks side of the engine: one run per Web Connector session.
type exporter struct {
	batch int
	busy  atomic.Int64 // nanoseconds spent in NextRequest and HandleResponse, for benchmarks

	mu   sync.Mutex // guards run and last; taken after Engine.mu when both are needed
	run  *exportRun
	last *RunResult
}

func (x *exporter) timed(start time.Time) { x.busy.Add(int64(time.Since(start))) }

// Busy is the total time the engine has spent preparing requests and reading answers (the
// connector's own work per exported item, without QuickBooks' share).
func (e *Engine) Busy() time.Duration { return time.Duration(e.exp.busy.Load()) }

type flight struct {
	itemID  string
	lookup  bool
	message string // what the audit log says when it succeeds
}

type exportRun struct {
	id         string
	started    time.Time
	inflight   map[string]flight // by requestID; nil when no set is out
	lastXML    string
	seq        int
	lookedUp   map[string]bool // items looked up in this run: never twice
	roundTrips int
	counts     RunCounts
	total      int
}

// RunCounts tallies what a run did.
type RunCounts struct {
	Sent      int `json:"sent"`
	Added     int `json:"added"` // synced by a request
	Linked    int `json:"linked"`
	Attention int `json:"attention"`
	Retrying  int `json:"retrying"`
	Recovered int `json:"recovered"` // found in QuickBooks after an interrupted run
}

// RunResult is the account of the last finished run.
type RunResult struct {
	ID         string    `json:"id"`
	Started    time.Time `json:"started"`
	Ended      time.Time `json:"ended"`
	RoundTrips int       `json:"roundTrips"`
	RunCounts
	Summary string `json:"summary"`
}

// RunStatus is the run under way, for progress bars.
type RunStatus struct {
	Active    bool       `json:"active"`
	Sent      int        `json:"sent"`
	Done      int        `json:"done"`
	Total     int        `json:"total"`
	StartedAt *time.Time `json:"startedAt"`
}

func (r *exportRun) nextID(prefix string) string {
	r.seq++
	return prefix + strconv.Itoa(r.seq)
}

// HasWork reports whether a Web Connector session has anything to export: queued items,
// items whose outcome is unknown, failures due for another try.
func (e *Engine) HasWork(ctx context.Context) bool {
	if e.Paused() {
		return false
	}
	now := e.now()
	found := false
	err := e.st.View(func(txn *badger.Txn) error {
		return eachItem(txn, "", func(it *Item) error {
			if exportable(it, now) || it.State == Sent {
				found = true
				return errStop
			}
			return nil
		})
	})
	if err != nil && !errors.Is(err, errStop) {
		e.log.Warn().Err(err).Msg("checking for work to export; assuming there is some")
		return true
	}
	return found
}

var errStop = errors.New("stop")

// exportable reports whether it should be prepared and sent now.
func exportable(it *Item, now time.Time) bool {
	switch it.State {
	case Queued:
		return !it.NotBefore.After(now)
	case Failed:
		return it.Failure != nil && it.Failure.Class != FixData && !it.NotBefore.After(now)
	}
	return false
}

// BeginRun starts an export run for one Web Connector session. The QuickBooks lists must be
// current (the list refresh runs first in the same session): Prepare decides from them.
func (e *Engine) BeginRun(ctx context.Context) error {
	x := &e.exp
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.run != nil {
		e.log.Warn().Str("run", x.run.id).Msg("a new export run replaced one still active")
		x.endLocked(e, errors.New("superseded by a new Web Connector session"))
	}
	now := e.now()
	r := &exportRun{id: "r" + strconv.FormatInt(now.UnixMilli(), 36), started: now, lookedUp: map[string]bool{}}
	_ = e.st.View(func(txn *badger.Txn) error {
		return eachItem(txn, "", func(it *Item) error {
			if exportable(it, now) || it.State == Sent {
				r.total++
			}
			return nil
		})
	})
	x.run = r
	e.log.Info().Str("run", r.id).Int("items", r.total).Msg("QuickBooks export run started")
	return nil
}

// NextRequest returns the next qbXML message set, or "" when the run has nothing more to send.
// Until HandleResponse is called it returns the same set again.
func (e *Engine) NextRequest(ctx context.Context) (string, error) {
	defer e.exp.timed(time.Now())
	e.mu.Lock()
	defer e.mu.Unlock()
	x := &e.exp
	x.mu.Lock()
	defer x.mu.Unlock()
	r := x.run
	if r == nil {
		return "", errors.New("engine: no export run")
	}
	if r.inflight != nil {
		return r.lastXML, nil
	}
	if e.Paused() {
		return "", nil
	}
	if doc, err := e.lookups(ctx, r); doc != "" || err != nil {
		return doc, err
	}
	for range 100 { // each pass resolves or sends at least one item; the bound is a safety net
		doc, progressed, err := e.exports(ctx, r)
		if doc != "" || err != nil || !progressed {
			return doc, err
		}
	}
	return "", nil
}

// lookups builds the set that finds out what happened to items whose outcome is unknown, and
// re-reads records whose EditSequence went stale.
func (e *Engine) lookups(ctx context.Context, r *exportRun) (string, error) {
	set := qbxml.MessageSet{Version: qbxml.Version13, OnError: qbxml.ContinueOnError}
	flights := map[string]flight{}
	err := e.st.View(func(txn *badger.Txn) error {
		return eachItem(txn, "", func(it *Item) error {
			if set.Len() >= e.exp.batch {
				return errStop
			}
			unknown := it.State == Sent && it.RunID != r.id
			if !(unknown || (it.State == Queued && it.Reread)) || r.lookedUp[it.ID] {
				return nil
			}
			f := e.byKind[it.Kind]
			if f == nil {
				return nil
			}
			id := r.nextID("L")
			set.AddWithID(id, f.Lookup(it))
			flights[id] = flight{itemID: it.ID, lookup: true}
			r.lookedUp[it.ID] = true
			return nil
		})
	})
	if err != nil && !errors.Is(err, errStop) {
		return "", storeProblem(err)
	}
	if set.Len() == 0 {
		return "", nil
	}
	doc, _, err := set.Build()
	if err != nil {
		return "", &problem.Problem{Message: "Joblink could not build its QuickBooks lookups.", Fix: "This is a Joblink bug; send Joblink's log files to support.", Err: err}
	}
	r.inflight, r.lastXML = flights, string(doc)
	r.roundTrips++
	return r.lastXML, nil
}

// exports prepares the next batch of the lowest-ranked kind with work, resolving items that
// need no request at once, and marks the rest sent in the same transaction that precedes
// handing the set out. progressed is false when there was nothing to prepare.
func (e *Engine) exports(ctx context.Context, r *exportRun) (doc string, progressed bool, err error) {
	now := e.now()
	for _, f := range e.flows {
		var batch []*Item
		err := e.st.View(func(txn *badger.Txn) error {
			return eachItem(txn, f.Kind(), func(it *Item) error {
				if len(batch) >= e.exp.batch {
					return errStop
				}
				if exportable(it, now) && !it.Reread {
					batch = append(batch, it)
				}
				return nil
			})
		})
		if err != nil && !errors.Is(err, errStop) {
			return "", false, storeProblem(err)
		}
		if len(batch) == 0 {
			continue
		}
		doc, err := e.sendBatch(ctx, r, f, batch)
		return doc, true, err
	}
	return "", false, nil
}

type prepared struct {
	it      *Item
	step    Step
	failure *Failure
	reqID   string
}

func (e *Engine) sendBatch(ctx context.Context, r *exportRun, f Flow, batch []*Item) (string, error) {
	set := qbxml.MessageSet{Version: qbxml.Version13, OnError: qbxml.ContinueOnError}
	var work []prepared
	for _, it := range batch {
		p := prepared{it: it}
		step, err := f.Prepare(ctx, it)
		var fe *FailureError
		switch {
		case errors.As(err, &fe):
			p.failure = &fe.Failure
		case err != nil:
			return "", fmt.Errorf("prepare %s: %w", it.ID, err)
		default:
			p.step = step
			p.failure = step.Failure
		}
		if p.failure == nil && p.step.Request != nil {
			// Build it alone first: a value QuickBooks would refuse fails this item only.
			one := qbxml.MessageSet{Version: qbxml.Version13}
			one.AddWithID("1", p.step.Request)
			_, changes, err := one.Build()
			if err != nil {
				p.failure = buildFailure(err)
			} else {
				p.reqID = r.nextID("X")
				set.AddWithID(p.reqID, p.step.Request)
				for _, c := range changes {
					p.step.Notes = append(p.step.Notes, changeNote(c))
				}
			}
		}
		work = append(work, p)
	}
	var doc []byte
	if set.Len() > 0 {
		var err error
		if doc, _, err = set.Build(); err != nil {
			return "", &problem.Problem{Message: "Joblink could not build its QuickBooks request.", Fix: "This is a Joblink bug; send Joblink's log files to support.", Err: err}
		}
	}
	flights := map[string]flight{}
	err := e.st.Update(func(txn *badger.Txn) error {
		for _, p := range work {
			it := p.it
			if len(p.step.Notes) > 0 {
				it.Notes = p.step.Notes
			}
			if it.State == Failed {
				if err := e.move(txn, it, Queued, ByJoblink, "Trying again."); err != nil {
					return err
				}
			}
			switch {
			case p.failure != nil:
				if err := e.fail(txn, it, *p.failure, ByJoblink); err != nil {
					return err
				}
			case p.reqID == "":
				it.QB = p.step.Linked
				if err := e.move(txn, it, Synced, ByJoblink, p.step.Message); err != nil {
					return err
				}
			default:
				it.RunID, it.RequestID, it.SentAt = r.id, p.reqID, e.now()
				it.Attempts++
				if err := e.move(txn, it, Sent, ByJoblink, "Sent to QuickBooks."); err != nil {
					return err
				}
				flights[p.reqID] = flight{itemID: it.ID, message: p.step.Message}
			}
		}
		return nil
	})
	if err != nil {
		return "", storeProblem(err)
	}
	for _, p := range work {
		switch {
		case p.failure != nil:
			r.counts.Attention++
		case p.reqID == "":
			r.counts.Linked++
		default:
			r.counts.Sent++
		}
	}
	if len(flights) == 0 {
		return "", nil
	}
	r.inflight, r.lastXML = flights, string(doc)
	r.roundTrips++
	return r.lastXML, nil
}

func buildFailure(err error) *Failure {
	f := &Failure{Class: FixData, Message: err.Error(), Meaning: "QuickBooks would refuse this value."}
	var long *qbxml.FieldTooLongError
	var bad *qbxml.InvalidFieldError
	switch {
	case errors.As(err, &long):
		f.Meaning = "A value is longer than QuickBooks allows."
		f.Fix = "Shorten it in Procore, then export again."
	case errors.As(err, &bad):
		f.Fix = "Correct the value in Procore, then export again."
	default:
		f.Fix = "Correct the value named above in Procore, then export again."
	}
	return f
}

func changeNote(c qbxml.TextChange) string {
	return fmt.Sprintf("%s %q was sent as %q: QuickBooks takes Latin-1 characters only.", c.Field, c.Original, c.Sent)
}

func storeProblem(err error) error {
	return &problem.Problem{Message: "Joblink could not save the export's progress.", Fix: "Check the database state on the dashboard; nothing was sent.", Err: err}
}
