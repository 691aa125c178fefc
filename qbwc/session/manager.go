package session

import (
	"context"
	"fmt"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"

	"joblink/qbwc/soap"
)

// KV is the part of store.Store this package uses.
type KV interface {
	Update(fn func(txn *badger.Txn) error) error
	View(fn func(txn *badger.Txn) error) error
}

// Manager implements soap.Service. Create it with New; it is safe for concurrent use.
type Manager struct {
	cfg      Config
	kv       KV
	engine   Engine
	parseHCP ParseHCP
	log      zerolog.Logger
	throttle *loginThrottle

	mu       sync.Mutex
	sessions map[string]*session
	// holder is the ticket of the session that has the company file; others get "busy".
	holder string

	outcomes outcomes
}

var _ soap.Service = (*Manager)(nil)

// New returns a Manager. Session records left in the store by a previous run (Joblink stopped
// mid-session) are reported to the engine through End with ErrInterrupted and removed.
func New(ctx context.Context, cfg Config, kv KV, engine Engine, parseHCP ParseHCP, log zerolog.Logger) (*Manager, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if kv == nil || engine == nil || parseHCP == nil {
		return nil, fmt.Errorf("session: New needs a store, an engine and an HCP parser")
	}
	m := &Manager{
		cfg:      cfg,
		kv:       kv,
		engine:   engine,
		parseHCP: parseHCP,
		log:      log.With().Str("component", "qbwc-session").Logger(),
		throttle: newLoginThrottle(cfg),
		sessions: make(map[string]*session),
	}
	if err := m.endInterruptedSessions(ctx); err != nil {
		return nil, err
	}
	return m, nil
}

// Shutdown ends every live session with ErrShutdown, so the engine can record what was in
// flight. Later calls with their tickets are answered as for unknown tickets.
func (m *Manager) Shutdown(ctx context.Context) {
	m.mu.Lock()
	all := make([]*session, 0, len(m.sessions))
	for t, s := range m.sessions {
		all = append(all, s)
		delete(m.sessions, t)
	}
	m.holder = ""
	m.mu.Unlock()
	for _, s := range all {
		m.finish(ctx, s, ErrShutdown)
	}
}

// lookup returns the live session for ticket, after expiring idle ones. The caller must lock
// the session and re-check closed.
func (m *Manager) lookup(ctx context.Context, ticket string) (*session, bool) {
	now := m.cfg.Now()
	var expired []*session
	m.mu.Lock()
	for t, s := range m.sessions {
		if now.Sub(s.lastSeen()) > m.cfg.IdleTimeout {
			expired = append(expired, s)
			m.dropLocked(t)
		}
	}
	s, ok := m.sessions[ticket]
	m.mu.Unlock()
	for _, e := range expired {
		m.log.Info().Str("ticket", short(e.ticket)).Msg("Web Connector session expired")
		m.finish(context.WithoutCancel(ctx), e, ErrExpired)
	}
	return s, ok
}

// dropLocked forgets a session; m.mu must be held.
func (m *Manager) dropLocked(ticket string) {
	delete(m.sessions, ticket)
	if m.holder == ticket {
		m.holder = ""
	}
}

// finish ends a session that has been removed from the map: End for the engine if Begin ran,
// and removal of its record. It returns the engine's summary.
func (m *Manager) finish(ctx context.Context, s *session, cause error) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return m.finishLocked(ctx, s, cause)
}

func (m *Manager) finishLocked(ctx context.Context, s *session, cause error) string {
	if s.state == stateClosed {
		return s.summary
	}
	summary := ""
	if s.begun {
		summary = m.engine.End(ctx, &s.info, cause)
	}
	if summary != "" {
		s.summary = summary
	}
	s.setState(stateClosed)
	if err := m.deleteRecord(s.ticket); err != nil {
		m.log.Warn().Err(err).Msg("removing a finished Web Connector session from the database")
	}
	return s.summary
}

// short shortens a ticket for logs: enough to tell sessions apart, too little to reuse.
func short(ticket string) string {
	if len(ticket) > 8 {
		return ticket[:8]
	}
	return ticket
}

// AdmitLargeBody implements soap.LargeBodyAdmitter: only a live session may send a body
// larger than a few kilobytes, and only with the call that carries QuickBooks' data —
// receiveResponseXML while a request set is out, sendRequestXML (the HCP response) while the
// session still works. Everyone else is refused before the body is read, so a made-up
// ticket cannot make Joblink buffer megabytes. It reads the state without the session's lock
// (the stateMirror): it must not wait behind a slow engine call, and the call itself
// re-checks the state under the lock.
func (m *Manager) AdmitLargeBody(op, ticket string) bool {
	m.mu.Lock()
	s, ok := m.sessions[ticket]
	m.mu.Unlock()
	if !ok || m.cfg.Now().Sub(s.lastSeen()) > m.cfg.IdleTimeout {
		return false
	}
	st := state(s.stateMirror.Load())
	switch op {
	case "receiveResponseXML":
		return st == stateAwaiting
	case "sendRequestXML":
		return st == stateAuthenticated || st == stateReady || st == statePaused
	}
	return false
}
