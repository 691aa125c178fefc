package jobcosts

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/qbwc/qbxml"
)

// Reading in a Web Connector session. A run is:
//
//  1. the change signal, one message set (skipped on the very first run, which reads every
//     linked job): JobCostChangesQuery and JobCostDeletedQuery since the last signal. Changed
//     jobs are marked dirty in the store together with the new signal time, so a run cut short
//     resumes where it stopped and no change is lost between runs;
//  2. the dirty jobs, Deps.JobsPerSet a message set: per job its Job Estimates vs. Actuals
//     Detail, and its custom detail report only when costs without an item (or a Joblink bill)
//     may have changed — that report is what the item report leaves out, so a job whose
//     changed lines all carry items costs one report request.
//
// A quiet run is the signal alone: one round trip, nothing written.

// signalMargin is how much earlier than the run the next change signal starts. QuickBooks
// stamps ModifiedTime to the second, by its own machine's clock; starting a minute early never
// misses a change stamped late, and a transaction already read is recognised by its
// ModifiedTime (applyChangedTxn), so the overlap reads nothing twice.
const signalMargin = time.Minute

// readRun is one Web Connector run's reading state.
type readRun struct {
	started  time.Time
	byName   map[string]string // lower-cased job FullName → ListID, linked jobs only
	links    map[string]Link   // by job ListID
	signal   bool              // the change signal is to be sent
	signalAt time.Time         // when the signal sent was built
	sentSig  bool
	// awaitSignal: the set out is the signal
	awaitSignal bool
	queue       []string // job ListIDs still to read
	detail      map[string]bool
	inFlight    map[string]string // requestID → job ListID of the set out
	read        int
	toWrite     int // jobs read whose figures for Procore changed (the projects the poller sends)
	trips       int
	failed      error
	// poked: the poller was asked to write what was read (once a run: each poll costs Procore
	// calls for every kind it reads).
	poked bool
}

// HasWork says whether a Web Connector session should read job costs.
func (s *Service) HasWork(ctx context.Context) bool {
	st, err := loadState(s.d.Store)
	if err != nil {
		return true
	}
	if s.settings().Refresh == RefreshOnDemand && !st.Requested && !st.SignalFrom.IsZero() {
		dirty, err := s.dirtyJobs()
		return err != nil || len(dirty) > 0
	}
	links, err := s.linked()
	return err != nil || len(links) > 0
}

// Begin starts a run: it plans the signal and marks the linked jobs never read.
func (s *Service) Begin(ctx context.Context) error {
	links, err := s.linked()
	if err != nil {
		return err
	}
	st, err := loadState(s.d.Store)
	if err != nil {
		return err
	}
	r := &readRun{started: s.now(), byName: make(map[string]string, len(links)), links: make(map[string]Link, len(links)),
		detail: map[string]bool{}}
	for _, l := range links {
		r.byName[strings.ToLower(l.FullName)] = l.ListID
		r.links[l.ListID] = l
	}
	first := st.SignalFrom.IsZero()
	r.signal = !first && len(links) > 0 && (s.settings().Refresh == RefreshEveryRun || st.Requested)
	// Jobs never read (the first run, or linked since): read in full.
	ids := make([]string, 0, len(r.links))
	for id := range r.links {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if err := s.markFresh(ids, r.started, first); err != nil {
		return err
	}
	if !r.signal {
		if err := r.plan(s); err != nil {
			return err
		}
	}
	s.mu.Lock()
	s.run = r
	s.mu.Unlock()
	s.progressBegin(r)
	return nil
}

// freshChunk is how many linked jobs one store transaction checks and marks at first.
const freshChunk = 2000

// markFresh marks the jobs of ids that were never read nor are already waiting, in chunks: a
// company linking thousands of jobs would pass Badger's transaction limit in one. On the first
// run the last chunk also starts the change signal, so a run cut short marks the rest next time.
func (s *Service) markFresh(ids []string, at time.Time, first bool) error {
	return inChunks(s.d.Store, len(ids), freshChunk, func(txn *badger.Txn, from, to int) error {
		fresh := map[string]bool{}
		for _, id := range ids[from:to] {
			if _, err := txn.Get([]byte(prefJob + id)); err == nil {
				continue
			}
			if _, err := txn.Get([]byte(prefDirty + id)); err == nil {
				continue
			}
			fresh[id] = true
		}
		if err := markDirty(txn, fresh, at); err != nil {
			return err
		}
		if !first || to < len(ids) {
			return nil
		}
		var cur state
		if _, err := getJSON(txn, keyState, &cur); err != nil {
			return err
		}
		cur.SignalFrom = at.Add(-signalMargin)
		return setJSON(txn, keyState, &cur)
	})
}

// plan queues the dirty jobs that are still linked.
func (r *readRun) plan(s *Service) error {
	dirty, err := s.dirtyJobs()
	if err != nil {
		return err
	}
	r.queue = r.queue[:0]
	for id, m := range dirty {
		if _, ok := r.links[id]; !ok {
			continue // unlinked since: nothing to read (the mark goes when it is read again)
		}
		r.queue = append(r.queue, id)
		r.detail[id] = m.Detail
	}
	sort.Strings(r.queue)
	return nil
}

// Rides reports whether the run's next message set is the change signal: one small message
// set that depends on nothing the session reads before it, so the Web Connector session may
// send it inside the list refresh's first message set (a quiet session is one round trip).
func (s *Service) Rides() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.run != nil && s.run.failed == nil && s.run.signal && !s.run.sentSig
}

// Next returns the next message set, or "" when the run has read everything.
func (s *Service) Next(ctx context.Context) (string, error) {
	s.mu.Lock()
	r := s.run
	s.mu.Unlock()
	if r == nil || r.failed != nil {
		return "", nil
	}
	set := &qbxml.MessageSet{OnError: qbxml.ContinueOnError}
	r.inFlight = map[string]string{}
	switch {
	case r.signal && !r.sentSig:
		st, err := loadState(s.d.Store)
		if err != nil {
			return "", err
		}
		r.signalAt = s.now().Add(-signalMargin)
		set.AddWithID("chg", qbxml.JobCostChangesQuery(st.SignalFrom))
		set.AddWithID("del", qbxml.JobCostDeletedQuery(st.SignalFrom))
		r.sentSig, r.awaitSignal = true, true
	case len(r.queue) > 0:
		n := min(len(r.queue), s.d.JobsPerSet)
		for i, id := range r.queue[:n] {
			l := r.links[id]
			rid := strconv.Itoa(i)
			set.AddWithID("r"+rid, qbxml.JobReportQuery{Job: l.FullName})
			r.inFlight["r"+rid] = id
			if r.detail[id] {
				set.AddWithID("d"+rid, qbxml.JobCostDetailQuery(l.FullName))
				r.inFlight["d"+rid] = id
			}
		}
		r.queue = r.queue[n:]
	default:
		return "", nil
	}
	b, _, err := set.Build()
	if err != nil {
		return "", fmt.Errorf("jobcosts: build the job-cost requests: %w", err)
	}
	r.trips++
	return string(b), nil
}

// Handle reads QuickBooks' answer to the last set and returns the run's progress (0–100).
func (s *Service) Handle(ctx context.Context, responseXML string) (int, error) {
	s.mu.Lock()
	r := s.run
	s.mu.Unlock()
	if r == nil {
		return 100, nil
	}
	var err error
	if r.awaitSignal {
		r.awaitSignal = false
		err = s.handleSignal(r, responseXML)
		if err == nil {
			err = r.plan(s)
		}
	} else {
		err = s.handleJobs(r, responseXML)
	}
	if err != nil {
		r.failed = err
		return -1, err
	}
	s.progressRead(r)
	total := r.read + len(r.queue)
	if len(r.queue) == 0 && r.toWrite > 0 && !r.poked {
		// Everything planned is read: Procore is written now, while the Web Connector closes
		// the session, not at the next poll.
		r.poked = true
		s.progressWriting(r)
		if s.d.SyncNow != nil {
			s.d.SyncNow()
		}
	}
	if total == 0 || len(r.queue) == 0 {
		return 100, nil
	}
	return min(99, r.read*100/total), nil
}

// End closes the run: a run that read everything it planned clears the refresh request.
func (s *Service) End(ctx context.Context, runErr error) string {
	s.mu.Lock()
	r := s.run
	s.run = nil
	s.mu.Unlock()
	if r == nil {
		return ""
	}
	done := runErr == nil && r.failed == nil && len(r.queue) == 0
	if done {
		err := s.d.Store.Update(func(txn *badger.Txn) error {
			var st state
			if _, err := getJSON(txn, keyState, &st); err != nil {
				return err
			}
			st.Requested, st.LastRun = false, s.now()
			return setJSON(txn, keyState, &st)
		})
		if err != nil {
			s.d.Log.Warn().Err(err).Msg("job costs: saving the end of the run")
		}
	}
	s.progressEnd(r, done, firstErr(runErr, r.failed))
	if r.toWrite > 0 && !r.poked && s.d.SyncNow != nil {
		s.d.SyncNow() // a run cut short: what it read goes to Procore now, not at the next poll
	}
	switch {
	case r.failed != nil:
		return fmt.Sprintf("Job costs: %d jobs read, then %v", r.read, r.failed)
	case r.read == 0:
		return "Job costs: no job's costs changed"
	default:
		return fmt.Sprintf("Job costs: %d jobs read", r.read)
	}
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
