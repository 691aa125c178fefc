package engine

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/problem"
	"joblink/backend/store"
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
	itemID    string
	lookup    bool
	recovered bool   // an answer QuickBooks kept for a set whose answer was lost
	message   string // what the audit log says when it succeeds
}

type exportRun struct {
	id         string
	started    time.Time
	inflight   map[string]flight // by requestID; nil when no set is out
	lastXML    string
	seq        int
	lookedUp   map[string]bool // items looked up in this run: never twice
	asked      map[string]bool // lost sets whose stored answer this run asked for
	recovering string          // the lost set asked for in the set out now
	forget     string          // a set whose answer is applied: QuickBooks may forget it
	outSet     string          // the newMessageSetID of the write set out now
	// unknown lists, when the run begins, the items other runs sent whose outcome is unknown;
	// rereadAsked the items this run looked up because their EditSequence went stale.
	unknown     []string
	rereadAsked map[string]bool
	// cursor is where each bucket's scan stopped (bucket/kind → last key): a run reads on
	// from there instead of walking again the keys it already moved out of the bucket.
	cursor     map[string][]byte
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
	Waiting   int `json:"waiting"`   // set aside until the items they depend on are synced
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
	var found bool
	err := e.st.View(func(txn *badger.Txn) (err error) { found, err = e.hasWork(txn, e.now()); return err })
	if err != nil {
		e.log.Warn().Err(err).Msg("checking for work to export; assuming there is some")
		return true
	}
	return found
}

var errStop = errors.New("stop")

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
	r := &exportRun{id: newRunID("r", now), started: now, lookedUp: map[string]bool{}, asked: map[string]bool{},
		rereadAsked: map[string]bool{}, cursor: map[string][]byte{}}
	err := e.st.View(func(txn *badger.Txn) (err error) {
		if err := e.unknownOutcomes(txn, r); err != nil {
			return err
		}
		r.total, err = e.remaining(txn, r, now)
		return err
	})
	if err != nil {
		return storeProblem(err)
	}
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
	if doc, err := e.recoveries(r); doc != "" || err != nil {
		return doc, err
	}
	if doc, err := e.lookups(ctx, r); doc != "" || err != nil {
		return doc, err
	}
	// Each pass sends a set or settles at least one item without a request (linked to a record
	// QuickBooks already has, or failed with the reason), taking it out of the queue: the loop
	// ends when a set is out or nothing is left, never with work left behind.
	for {
		doc, progressed, err := e.exports(ctx, r)
		if doc != "" || err != nil || !progressed {
			return doc, err
		}
	}
}

// lookups builds the set that finds out what happened to items whose outcome is unknown, and
// re-reads records whose EditSequence went stale.
func (e *Engine) lookups(ctx context.Context, r *exportRun) (string, error) {
	set := qbxml.MessageSet{Version: qbxml.Version13, OnError: qbxml.ContinueOnError}
	flights := map[string]flight{}
	now := e.now()
	add := func(f Flow, it *Item, reread bool) {
		req := r.nextID("L")
		set.AddWithID(req, f.Lookup(it))
		flights[req] = flight{itemID: it.ID, lookup: true}
		r.lookedUp[it.ID] = true
		if reread {
			r.rereadAsked[it.ID] = true
		}
	}
	err := e.st.View(func(txn *badger.Txn) error {
		// Items other runs sent: known when the run began.
		for _, id := range r.unknown {
			if set.Len() >= e.exp.batch {
				return errStop
			}
			if r.lookedUp[id] {
				continue
			}
			it, err := getItem(txn, id)
			if err != nil {
				return err
			}
			if f := e.byKind[it.Kind]; f != nil && it.State == Sent {
				add(f, it, false)
			}
		}
		for _, f := range e.toQB {
			if n, err := readCount(txn, f.Kind(), "queued"); err != nil || n == 0 {
				if err != nil {
					return err
				}
				continue // nothing queued, so nothing to re-read
			}
			err := scanDue(txn, bucketReread, f.Kind(), now, func(id string, _ []byte) (bool, error) {
				if set.Len() >= e.exp.batch {
					return false, errStop
				}
				if r.lookedUp[id] {
					return true, nil
				}
				it, err := getItem(txn, id)
				if err != nil {
					return false, err
				}
				add(f, it, true)
				return true, nil
			})
			if err != nil {
				return err
			}
		}
		return nil
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
	for _, f := range e.toQB {
		batch, blocked, err := e.nextBatch(r.cursor, e.exp.batch, f, now)
		if err != nil {
			return "", false, storeProblem(err)
		}
		if len(batch) == 0 && len(blocked) == 0 {
			continue
		}
		doc, err := e.sendBatch(ctx, r, f, batch, blocked)
		return doc, true, err
	}
	return "", false, nil
}

// nextBatch reads up to limit items of f's kind due for export or a retry, and those that wait
// for others. Counts say first whether the kind has any; each bucket's scan reads on from
// where the last one stopped (cursor: bucket/kind → last key), and only when that finds nothing
// does it look from the start once more (an item may have become due, or been queued, before
// the cursor) — so a burst of work costs what it moves, not the keys it left deleted behind.
func (e *Engine) nextBatch(cursor map[string][]byte, limit int, f Flow, now time.Time) (batch []*Item, blocked map[string]*Blocked, err error) {
	blocked = map[string]*Blocked{}
	err = e.st.View(func(txn *badger.Txn) error {
		due, err := e.dueCounts(txn, f.Kind(), now)
		if err != nil || (due.queued <= 0 && due.retry <= 0) {
			return err
		}
		for _, b := range []string{bucketQueued, bucketRetry} {
			if (b == bucketQueued && due.queued <= 0) || (b == bucketRetry && due.retry <= 0) {
				continue
			}
			key := b + "/" + string(f.Kind())
			for pass := 0; pass < 2 && len(batch)+len(blocked) == 0; pass++ {
				if pass == 1 {
					if cursor[key] == nil {
						break // the first pass was already from the start
					}
					cursor[key] = nil
				}
				if err := e.scanBatch(txn, cursor, limit, f, b, now, &batch, blocked); err != nil {
					return err
				}
			}
			if len(batch)+len(blocked) >= limit {
				break
			}
		}
		return nil
	})
	return batch, blocked, err
}

// scanBatch adds to batch (and blocked) the due items of bucket after the cursor, up to limit,
// and moves the cursor past them.
func (e *Engine) scanBatch(txn *badger.Txn, cursor map[string][]byte, limit int, f Flow, bucket string, now time.Time, batch *[]*Item, blocked map[string]*Blocked) error {
	key := bucket + "/" + string(f.Kind())
	prefix := dueScan(bucket, f.Kind())
	dueBy := now.UnixNano()
	return scanKeysAfter(txn, prefix, cursor[key], func(entry *badger.Item) (bool, error) {
		if len(*batch)+len(blocked) >= limit {
			return false, nil
		}
		at, id := dueOf(entry.Key(), prefix)
		if at > dueBy {
			return false, nil
		}
		cursor[key] = entry.KeyCopy(nil)
		it, err := getItem(txn, id)
		if err != nil {
			return false, err
		}
		bl, err := e.blockedBy(txn, f, it)
		switch {
		case err != nil:
			return false, err
		case bl != nil:
			blocked[id] = bl
		default:
			*batch = append(*batch, it)
		}
		return true, nil
	})
}

type prepared struct {
	it      *Item
	step    Step
	failure *Failure
	reqID   string
	blocked *Blocked // it waits for other items: nothing is prepared
	later   bool     // another request in this set changes the same record: the next set
	setID   string   // the newMessageSetID of the set carrying it
}

// blockedBy says what it waits for: the items it depends on that are not synced yet, or nil.
func (e *Engine) blockedBy(txn *badger.Txn, f Flow, it *Item) (*Blocked, error) {
	d, ok := f.(Dependent)
	if !ok {
		return nil, nil
	}
	var bl *Blocked
	for _, dep := range d.DependsOn(it) {
		other, err := getItem(txn, dep.ID)
		if err != nil && !isNoItem(err) {
			return nil, err
		}
		if other != nil && other.State == Synced {
			continue
		}
		if bl == nil {
			bl = &Blocked{}
		}
		bl.On = append(bl.On, dep.ID)
		bl.Says += dep.Label + ", "
	}
	if bl != nil {
		bl.Says = "Waiting for " + strings.TrimSuffix(bl.Says, ", ") + " to reach QuickBooks."
	}
	return bl, nil
}

func (e *Engine) sendBatch(ctx context.Context, r *exportRun, f Flow, batch []*Item, blocked map[string]*Blocked) (string, error) {
	set := qbxml.MessageSet{Version: qbxml.Version13, OnError: qbxml.ContinueOnError}
	var work []prepared
	for id, bl := range blocked {
		work = append(work, prepared{it: &Item{ID: id}, blocked: bl})
	}
	targets := map[string]bool{} // records a request in this set changes
	setID := r.id + "-" + strconv.Itoa(r.roundTrips+1)
	set.NewMessageSetID, set.OldMessageSetID, r.forget = setID, r.forget, ""
	for _, it := range batch {
		if it.Stamp == "" {
			it.Stamp = newStamp() // saved with the item when it is marked sent
		}
		p := prepared{it: it, setID: setID}
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
		if t := p.step.Target; p.failure == nil && p.step.Request != nil && t != "" {
			if targets[t] {
				p.later = true
				continue // stays queued; prepared again once this set's answer is in
			}
			targets[t] = true
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
	if set.Len() == 0 {
		r.forget = set.OldMessageSetID // nothing goes out: ask QuickBooks to forget it next time
	}
	if set.Len() > 0 {
		var err error
		if doc, _, err = set.Build(); err != nil {
			return "", &problem.Problem{Message: "Joblink could not build its QuickBooks request.", Fix: "This is a Joblink bug; send Joblink's log files to support.", Err: err}
		}
	}
	flights := map[string]flight{}
	var tally, chunkTally RunCounts
	err := e.inChunks(len(work), func(txn *badger.Txn, from, to int) error {
		chunkTally = RunCounts{}
		for _, p := range work[from:to] {
			if err := e.applyPrepared(txn, r, p, &chunkTally, "Sent to QuickBooks."); err != nil {
				return err
			}
		}
		return nil
	}, func(from, to int) {
		tally.add(chunkTally)
		for _, p := range work[from:to] {
			if p.failure == nil && p.reqID != "" {
				flights[p.reqID] = flight{itemID: p.it.ID, message: p.step.Message}
			}
		}
	})
	r.counts.add(tally)
	if err != nil {
		// The items marked sent stay so: the next run looks them up before sending anything.
		return "", storeProblem(err)
	}
	if len(flights) == 0 {
		return "", nil
	}
	r.inflight, r.lastXML, r.outSet = flights, string(doc), setID
	r.roundTrips++
	return r.lastXML, nil
}

// applyPrepared records, in txn, what preparing one item decided: failed with the reason,
// synced without a request, or sent. It re-reads the item, so it may run again.
func (e *Engine) applyPrepared(txn *badger.Txn, r *exportRun, p prepared, c *RunCounts, sentWords string) error {
	it, err := getItem(txn, p.it.ID)
	if err != nil {
		return err
	}
	if p.blocked != nil {
		// Checked again here: an item it waits for may have been synced in this very set.
		bl, err := e.blockedBy(txn, e.byKind[it.Kind], it)
		if err != nil || bl == nil {
			return err // nothing to wait for any more: the next pass prepares it
		}
		if it.State == Failed {
			if err := e.move(txn, it, Queued, ByJoblink, "Trying again."); err != nil {
				return err
			}
		}
		it.Blocked = bl
		c.Waiting++
		return e.move(txn, it, Queued, ByJoblink, bl.Says)
	}
	if len(p.step.Notes) > 0 {
		it.Notes = p.step.Notes
	}
	if it.State == Failed {
		if err := e.move(txn, it, Queued, ByJoblink, "Trying again."); err != nil {
			return err
		}
	}
	switch {
	case p.failure != nil && p.failure.Class == Reread && !r.lookedUp[it.ID]:
		// The flow's copy of the record is stale: read it from QuickBooks first (once a run).
		it.Reread = true
		return e.move(txn, it, Queued, ByJoblink, "Reading it from QuickBooks before sending: "+p.failure.Message)
	case p.failure != nil:
		if p.failure.Class != FixData {
			// A transient failure found before sending waits like one QuickBooks reported,
			// so the run does not pick it up again at once.
			it.NotBefore = e.now().Add(backoff(it.Attempts))
			c.Retrying++
		} else {
			c.Attention++
		}
		return e.fail(txn, it, *p.failure, ByJoblink)
	case p.reqID == "":
		it.QB = p.step.Linked
		c.Linked++
		return e.move(txn, it, Synced, ByJoblink, p.step.Message)
	default:
		it.RunID, it.RequestID, it.SetID, it.SentAt = r.id, p.reqID, p.setID, e.now()
		if it.Stamp == "" {
			it.Stamp = p.it.Stamp
		}
		it.Attempts++
		c.Sent++
		return e.move(txn, it, Sent, ByJoblink, sentWords)
	}
}

func (c *RunCounts) add(o RunCounts) {
	c.Sent += o.Sent
	c.Added += o.Added
	c.Linked += o.Linked
	c.Attention += o.Attention
	c.Retrying += o.Retrying
	c.Recovered += o.Recovered
	c.Waiting += o.Waiting
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

// storeProblem explains a failed read or write of the engine's records by its cause (damaged
// database, full disk, a record too large, ...: store.WriteProblem), not always as the same
// sentence. A failure that already has words (a flow's problem returned inside a transaction)
// keeps them.
func storeProblem(err error) error {
	var p *problem.Problem
	if errors.As(err, &p) {
		return err
	}
	return store.WriteProblem(err, "its record of the work to sync")
}
