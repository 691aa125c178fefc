package budgets

import (
	"context"
	"sync"
	"time"

	"joblink/backend/engine"
	"joblink/backend/jobs"
	"joblink/backend/kinds"
	"joblink/backend/procore"
	"joblink/backend/store"
)

// Deps is what the flows read.
type Deps struct {
	Procore func() (*procore.Client, error)
	// Store keeps the ledger; nil until Keep (a rig opens its store after making the flows).
	Store *store.Store
	// Now is the clock of the daily re-read of exported budgets' lines (see linesRecheck);
	// nil: time.Now.
	Now func() time.Time
}

// shared is what the two flows hold in common: the ledger, the Procore reader, and the engine.
type shared struct {
	d      Deps
	ledger *ledger
	reader *reader

	mu   sync.Mutex
	host engine.Host
}

func (s *shared) attach(h engine.Host) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.host = h
}

func (s *shared) h() engine.Host {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.host
}

// Budgets is the flow of original budgets (kind budget → EstimateAdd).
type Budgets struct {
	kinds.Declared
	*shared
}

// Changes is the flow of budget changes and modifications (kind budgetchange → EstimateMod).
type Changes struct {
	kinds.Declared
	*shared
}

// New returns the two flows, sharing their ledger and reader.
func New(d Deps) (*Budgets, *Changes) {
	s := &shared{d: d, ledger: &ledger{st: d.Store}}
	s.reader = newReader(s)
	return &Budgets{Declared: kinds.Declared{Decl: BudgetDecl}, shared: s},
		&Changes{Declared: kinds.Declared{Decl: ChangeDecl}, shared: s}
}

// Keep gives the flows the store their ledger lives in, for rigs that open it after making
// the flows; call it before the first detection.
func (s *shared) Keep(st *store.Store) {
	s.ledger.mu.Lock()
	defer s.ledger.mu.Unlock()
	s.ledger.st = st
}

var (
	_ engine.Attacher      = (*Budgets)(nil)
	_ engine.ProjectScoped = (*Budgets)(nil)
	_ engine.Metered       = (*Budgets)(nil)
	_ engine.Dependent     = (*Budgets)(nil)
	_ engine.Attacher      = (*Changes)(nil)
	_ engine.ProjectScoped = (*Changes)(nil)
	_ engine.Metered       = (*Changes)(nil)
	_ engine.Dependent     = (*Changes)(nil)
)

// Attach gives the flows the engine (engine.Attacher): the job and cost-code links, and the
// budget item a change waits for.
func (s *shared) Attach(h engine.Host) { s.attach(h) }

// ProjectKind: budgets live in Procore projects, read only for projects linked to jobs.
func (s *shared) ProjectKind() engine.Kind { return jobs.Kind }

// Meter is the Procore client's call meter: the poller spends the hour's budget by it.
func (s *shared) Meter() (engine.Meter, error) {
	client, err := s.d.Procore()
	if err != nil {
		return nil, err
	}
	return client.Calls(), nil
}

// WriteBack has nothing to write: Procore's API has no field on a budget or a budget change
// that holds a QuickBooks link (budget changes have no origin_id, erp_status is read-only),
// which is why the ledger exists.
func (s *shared) WriteBack(ctx context.Context, items []*engine.Item) (map[string]error, error) {
	return nil, nil
}
