package engine

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/problem"
)

// DefaultPollInterval is how often Procore is read when the settings do not say.
const DefaultPollInterval = 15 * time.Minute

const pausedKey = "work/paused"

// poller reads Procore on a schedule and on demand.
type poller struct {
	paused  atomic.Bool
	trigger chan struct{}
	quit    chan struct{}
	done    chan struct{}
	once    sync.Once

	mu     sync.Mutex
	status PollStatus
	force  forceSet // projects the bookkeeper asked to read now (under mu)
}

// PollStatus is the Procore side's state for the dashboard.
type PollStatus struct {
	Polling    bool             `json:"polling"`
	LastPollAt *time.Time       `json:"lastPollAt"`
	NextPollAt *time.Time       `json:"nextPollAt"`
	Problem    *problem.Problem `json:"-"`
	// Calls is Procore's call budget for the hour after the last pass (nil until Joblink
	// knows it: no Procore connection yet).
	Calls *Calls `json:"calls,omitempty"`
}

func (p *poller) init() {
	p.trigger = make(chan struct{}, 1)
	p.quit = make(chan struct{})
	p.done = make(chan struct{})
}

// Paused reports whether syncing is paused.
func (e *Engine) Paused() bool { return e.poll.paused.Load() }

// SetPaused pauses or resumes syncing in both directions and remembers it across restarts. A
// Web Connector run under way finishes the answer it is handling and then sends nothing more.
func (e *Engine) SetPaused(on bool) error {
	val := []byte("0")
	if on {
		val = []byte("1")
	}
	if err := e.st.Update(func(txn *badger.Txn) error { return txn.Set([]byte(pausedKey), val) }); err != nil {
		return storeProblem(err)
	}
	e.poll.paused.Store(on)
	if !on {
		e.SyncNow()
	}
	e.log.Info().Bool("paused", on).Msg("syncing paused state changed")
	return nil
}

// SyncNow asks for a Procore read at once (the next Web Connector run then exports).
func (e *Engine) SyncNow() {
	select {
	case e.poll.trigger <- struct{}{}:
	default: // one is already pending
	}
}

// SyncProjects asks for a Procore read at once in which the given projects (Procore project
// ids; none: every project linked to a QuickBooks job) are read whatever their schedule.
func (e *Engine) SyncProjects(projects ...string) {
	e.poll.mu.Lock()
	if len(projects) == 0 {
		e.poll.force.all = true
	}
	for _, p := range projects {
		if e.poll.force.projects == nil {
			e.poll.force.projects = map[string]bool{}
		}
		e.poll.force.projects[p] = true
	}
	e.poll.mu.Unlock()
	e.SyncNow()
}

// takeForce returns the projects asked for and forgets them.
func (p *poller) takeForce() forceSet {
	p.mu.Lock()
	defer p.mu.Unlock()
	f := p.force
	p.force = forceSet{}
	return f
}

// PollStatus reports the Procore side.
func (e *Engine) PollStatus() PollStatus {
	e.poll.mu.Lock()
	defer e.poll.mu.Unlock()
	return e.poll.status
}

// Start loads the paused state and starts reading Procore on the configured interval.
func (e *Engine) Start() error {
	err := e.st.View(func(txn *badger.Txn) error {
		item, err := txn.Get([]byte(pausedKey))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return item.Value(func(v []byte) error { e.poll.paused.Store(string(v) == "1"); return nil })
	})
	if err != nil {
		return storeProblem(err)
	}
	go e.pollLoop()
	return nil
}

func (e *Engine) interval() time.Duration {
	if d := e.settings().PollInterval; d > 0 {
		return d
	}
	return DefaultPollInterval
}

func (e *Engine) pollLoop() {
	defer close(e.poll.done)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { <-e.poll.quit; cancel() }()
	wait := 2 * time.Second // first read soon after start, not in the start-up path
	for {
		next := e.now().Add(wait)
		e.setPollStatus(func(s *PollStatus) { s.NextPollAt = &next })
		timer := time.NewTimer(wait)
		select {
		case <-e.poll.quit:
			timer.Stop()
			return
		case <-timer.C:
		case <-e.poll.trigger:
			timer.Stop()
		}
		if !e.Paused() {
			_ = e.PollOnce(ctx)
		}
		wait = e.interval()
	}
}

func (e *Engine) setPollStatus(fn func(*PollStatus)) {
	e.poll.mu.Lock()
	defer e.poll.mu.Unlock()
	fn(&e.poll.status)
}

// PollOnce reads Procore — what changed, within the hour's call budget (detectAll) — and
// writes pending links back. Its problem, if any, is kept for the dashboard.
func (e *Engine) PollOnce(ctx context.Context) error {
	e.setPollStatus(func(s *PollStatus) { s.Polling = true })
	firstErr := e.detectAll(ctx, e.poll.takeForce())
	for _, f := range e.flows {
		if fl, ok := f.(Follower); ok {
			if err := fl.Follow(ctx); err != nil {
				e.log.Warn().Err(err).Str("kind", string(f.Kind())).Msg("bringing Procore in line with QuickBooks")
				if firstErr == nil {
					firstErr = err
				}
			}
		}
	}
	if err := e.PushAll(ctx); err != nil {
		e.log.Warn().Err(err).Msg("sending to Procore")
		if firstErr == nil {
			firstErr = err
		}
	}
	if err := e.WriteBack(ctx); err != nil && firstErr == nil {
		firstErr = err
	}
	now := e.now()
	e.setPollStatus(func(s *PollStatus) {
		s.Polling, s.LastPollAt, s.Problem = false, &now, asProblem(firstErr)
	})
	return firstErr
}

func asProblem(err error) *problem.Problem {
	if err == nil {
		return nil
	}
	var p *problem.Problem
	if errors.As(err, &p) {
		return p
	}
	type worded interface{ Words() string }
	var w worded
	if errors.As(err, &w) {
		return &problem.Problem{Message: w.Words(), Err: err}
	}
	return &problem.Problem{Message: "Joblink could not read Procore: " + err.Error() + ".", Fix: "Joblink tries again at the next poll; check the Procore connection in Setup if it persists.", Err: err}
}

func (p *poller) stop(ctx context.Context) {
	p.once.Do(func() { close(p.quit) })
	select {
	case <-p.done:
	case <-ctx.Done():
	}
}

// PollInterval is how often Procore is read.
func (e *Engine) PollInterval() time.Duration { return e.interval() }
