package engine

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"

	"joblink/backend/store"
)

// Settings are the preferences the engine reads on every pass.
type Settings struct {
	DirectExport map[Kind]bool
	PollInterval time.Duration
}

// Engine runs every flow. Create it with New; it is safe for concurrent use.
type Engine struct {
	st       *store.Store
	log      zerolog.Logger
	flows    []Flow // by rank
	toQB     []Flow // the flows the Web Connector run exports (not Pushers), by rank
	byKind   map[Kind]Flow
	settings func() Settings
	now      func() time.Time

	// mu serialises changes to items (detection, the bookkeeper's decisions, the export run),
	// so a decision can never be lost to a concurrent read-modify-write.
	mu sync.Mutex
	// touched holds the kinds the write under way changed (guarded by mu); versions counts
	// each kind's committed changes, for pages that keep a view of the items (Version).
	touched  map[Kind]bool
	versions map[Kind]*atomic.Uint64

	exp  exporter
	poll poller
}

// Option configures New.
type Option func(*Engine)

// WithClock replaces the clock (tests).
func WithClock(now func() time.Time) Option { return func(e *Engine) { e.now = now } }

// WithSettings supplies the preferences; without it every kind needs a decision and Procore is
// read every 15 minutes.
func WithSettings(fn func() Settings) Option { return func(e *Engine) { e.settings = fn } }

// WithBatchSize sets how many requests go to QuickBooks in one Web Connector round trip.
func WithBatchSize(n int) Option { return func(e *Engine) { e.exp.batch = n } }

// New returns an engine over st running flows.
func New(st *store.Store, log zerolog.Logger, flows []Flow, opts ...Option) (*Engine, error) {
	e := &Engine{st: st, log: log.With().Str("engine", "sync").Logger(), byKind: map[Kind]Flow{}, now: time.Now,
		touched: map[Kind]bool{}, versions: map[Kind]*atomic.Uint64{}}
	e.settings = func() Settings { return Settings{} }
	e.exp.batch = DefaultBatchSize
	for _, f := range flows {
		if _, dup := e.byKind[f.Kind()]; dup {
			return nil, fmt.Errorf("engine: two flows for %q", f.Kind())
		}
		e.byKind[f.Kind()] = f
		e.versions[f.Kind()] = new(atomic.Uint64)
	}
	e.flows = slices.Clone(flows)
	slices.SortStableFunc(e.flows, func(a, b Flow) int { return cmp.Compare(a.Rank(), b.Rank()) })
	for _, f := range e.flows {
		if _, toProcore := f.(Pusher); !toProcore {
			e.toQB = append(e.toQB, f)
		}
	}
	for _, o := range opts {
		o(e)
	}
	e.poll.init()
	if err := e.ensureIndex(); err != nil {
		return nil, storeProblem(err)
	}
	if err := e.markLinkedElsewhere(); err != nil {
		return nil, storeProblem(err)
	}
	for _, f := range e.flows {
		if a, ok := f.(Attacher); ok {
			a.Attach(e)
		}
	}
	return e, nil
}

// Version changes whenever an item of kind is saved (a detection, a decision, a link, an
// answer from QuickBooks): a page keeping a view of the items rebuilds it only then.
func (e *Engine) Version(kind Kind) uint64 {
	if v := e.versions[kind]; v != nil {
		return v.Load()
	}
	return 0
}

// update runs fn in a write transaction and, once it is committed, counts a change for every
// kind whose items it saved. Callers hold e.mu.
func (e *Engine) update(fn func(txn *badger.Txn) error) error {
	err := e.st.Update(fn)
	if err == nil {
		for k := range e.touched {
			if v := e.versions[k]; v != nil {
				v.Add(1)
			}
		}
	}
	clear(e.touched)
	return err
}

// Flow returns the flow of kind, or nil.
func (e *Engine) Flow(kind Kind) Flow { return e.byKind[kind] }

// Kinds lists the engine's kinds in export order.
func (e *Engine) Kinds() []Kind {
	out := make([]Kind, len(e.flows))
	for i, f := range e.flows {
		out[i] = f.Kind()
	}
	return out
}

func (e *Engine) direct(kind Kind) bool { return e.settings().DirectExport[kind] }

// Close stops the poller and waits for it.
func (e *Engine) Close(ctx context.Context) { e.poll.stop(ctx) }
