package setup

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/buildinfo"
	"joblink/backend/logging"
	"joblink/backend/procore/secrets"
	"joblink/backend/qbmirror"
	"joblink/backend/setup/wire"
	"joblink/backend/store"
)

// Files in the data folder holding the Procore secrets, sealed (DPAPI on Windows; on Linux a key in
// the desktop keyring where one answers, else 0600: see package secrets).
const (
	TokenFileName = "procore-token" // the OAuth token pair
	AppFileName   = "procore-app"   // the client id and secret the bookkeeper gave (custom app or service account)
)

// Service is the setup wizard. It is safe for concurrent use.
type Service struct {
	opts    Options
	st      *store.Store
	mirror  *qbmirror.Mirror
	log     zerolog.Logger
	now     func() time.Time
	appFile *secrets.File
	tokPath string

	// ops serialises changes, including their Procore calls, so that two sign-ins or a
	// sign-in and a disconnect never interleave. Reads do not take it.
	ops sync.Mutex

	mu      sync.Mutex // guards what follows
	saved   saved
	conn    *connection // nil when not connected
	gen     uint64      // generation of the current connection; older ones may not touch the token file
	nextGen uint64
	pending map[string]*pendingSignIn // browser sign-ins waiting for their callback, by state
	used    map[string]bool           // states already spent, so a replay is explained as such
	problem *wire.Problem             // the last Procore sign-in failure, until the next attempt
	subs    []func()
}

// New opens the wizard on the store, reconnecting to Procore with the saved sign-in (no
// network call is made).
func New(opts Options) (*Service, error) {
	if opts.Store == nil {
		return nil, errors.New("setup: the store is required")
	}
	if opts.DataDir == "" {
		return nil, errors.New("setup: the data folder is required")
	}
	if opts.AppClientID == "" && opts.AppClientSecret == "" {
		opts.AppClientID, opts.AppClientSecret = buildinfo.ProcoreClientID, buildinfo.ProcoreClientSecret
	}
	logging.RegisterSecret(opts.AppClientSecret)
	if opts.Prefill != nil {
		logging.RegisterSecret(opts.Prefill.ClientSecret)
	}
	s := &Service{
		opts: opts, st: opts.Store, mirror: opts.Mirror, log: opts.Log.With().Str("part", "setup").Logger(),
		now: opts.Now, appFile: secrets.NewFile(filepath.Join(opts.DataDir, AppFileName)),
		tokPath: filepath.Join(opts.DataDir, TokenFileName),
		pending: map[string]*pendingSignIn{}, used: map[string]bool{},
	}
	if s.mirror == nil {
		s.mirror = qbmirror.New(opts.Store)
	}
	if s.now == nil {
		s.now = time.Now
	}
	sv, err := s.load()
	if err != nil {
		return nil, fmt.Errorf("setup: read the wizard's state: %w", err)
	}
	s.saved = sv
	if s.saved.procore.Environment == "" {
		s.saved.procore.Environment = envProduction
		if p := opts.Prefill; opts.Demo && p != nil && p.Environment != "" {
			s.saved.procore.Environment, s.saved.procore.BaseURL = p.Environment, p.BaseURL
		}
		if err := s.put(keyProcore, s.saved.procore); err != nil {
			return nil, fmt.Errorf("setup: %w", err)
		}
	}
	s.resume()
	return s, nil
}

// Subscribe registers fn to be called after any change (Procore connection, company,
// QuickBooks choices, preferences, finish). fn runs on the changing goroutine after the
// change is saved; it must not block for long.
func (s *Service) Subscribe(fn func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.subs = append(s.subs, fn)
}

func (s *Service) notify() {
	s.mu.Lock()
	subs := append([]func(){}, s.subs...)
	s.mu.Unlock()
	for _, fn := range subs {
		fn()
	}
}

// Completed reports whether the bookkeeper finished the wizard.
func (s *Service) Completed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.saved.finish.CompletedAt.IsZero()
}

// update changes the saved state of one step: fn edits a copy, which is saved and then
// becomes current. The caller holds s.ops.
func update[T any](s *Service, key []byte, field func(*saved) *T, fn func(*T) error) error {
	s.mu.Lock()
	v := *field(&s.saved)
	s.mu.Unlock()
	if err := fn(&v); err != nil {
		return err
	}
	if err := s.put(key, v); err != nil {
		return internal("save the setup", err)
	}
	s.mu.Lock()
	*field(&s.saved) = v
	s.mu.Unlock()
	return nil
}

func procoreField(sv *saved) *procoreState           { return &sv.procore }
func webConnectorField(sv *saved) *webConnectorState { return &sv.webConnector }
func quickBooksField(sv *saved) *quickBooksState     { return &sv.quickBooks }
func preferencesField(sv *saved) *preferencesState   { return &sv.preferences }
func finishField(sv *saved) *finishState             { return &sv.finish }

// snapshot is a copy of the saved state and the connection, for reading without the lock.
func (s *Service) snapshot() (saved, *connection, *wire.Problem) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.saved, s.conn, s.problem
}
