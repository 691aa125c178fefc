package session

import (
	"context"
	"crypto/subtle"
	"errors"
	"time"

	"joblink/qbwc/soap"
)

var _ soap.LargeBodyAdmitter = (*Manager)(nil)

// Authenticate checks the credentials, then whether another session holds the company and
// whether there is anything to do. Only the last case registers a working session.
func (m *Manager) Authenticate(ctx context.Context, user, password string) soap.AuthResult {
	now := m.cfg.Now()
	ticket, err := newTicket()
	if err != nil {
		m.log.Error().Err(err).Msg("cannot make a Web Connector ticket")
		return soap.AuthResult{Ticket: "", Status: soap.StatusInvalidUser}
	}
	refuse := soap.AuthResult{Ticket: ticket, Status: soap.StatusInvalidUser}

	// The lock decision, the hash and the failure count happen under one slot, so parallel
	// guesses are checked one at a time and each sees the failures before it.
	release, ok := m.throttle.acquire(ctx)
	if !ok {
		m.log.Warn().Msg("Web Connector login answered busy without checking: another password check is running")
		return soap.AuthResult{Ticket: ticket, Status: soap.StatusBusy, PostponeSeconds: seconds(m.cfg.LockoutBase)}
	}
	defer release()
	now = m.cfg.Now() // the wait for the slot may have taken a while
	if ok, until := m.throttle.allowed(now); !ok {
		// "busy", not "nvu": the right password may be among the refused (the attacker and the
		// real Web Connector both come from loopback), and QBWC retries a busy login later.
		m.log.Warn().Time("locked_until", until).Msg("Web Connector login refused without checking: too many wrong passwords")
		m.outcomes.record(now, lockedOutWords)
		return soap.AuthResult{Ticket: ticket, Status: soap.StatusBusy, PostponeSeconds: seconds(until.Sub(now))}
	}
	if !m.credentialsValid(user, password) {
		m.outcomes.record(now, wrongPasswordWords)
		if until, tripped := m.throttle.failed(now); tripped {
			m.log.Warn().Time("locked_until", until).Int("failures", m.cfg.FailureLimit).Dur("window", m.cfg.FailureWindow).
				Msg("Web Connector logins locked after repeated wrong passwords")
		}
		return refuse
	}
	m.throttle.succeeded()
	release() // the rest (claim, HasWork, save) need not hold up other logins

	// Take the company, unless a session that is still working has it.
	s := &session{ticket: ticket, info: Info{Ticket: ticket, Started: now}}
	s.setState(stateAuthenticated)
	s.touch(now)
	previous, busy := m.claim(s, now)
	if previous != nil {
		m.log.Warn().Str("old_ticket", short(previous.ticket)).Msg("new Web Connector session replaces one that did not finish")
		m.finish(context.WithoutCancel(ctx), previous, ErrAbandoned)
	}
	if busy {
		m.log.Info().Msg("Web Connector session refused: another session is running")
		return soap.AuthResult{Ticket: ticket, Status: soap.StatusBusy, PostponeSeconds: seconds(m.cfg.BusyRetryAfter), MinRunEverySeconds: seconds(m.cfg.MinRunEvery)}
	}

	if !m.engine.HasWork(ctx) {
		m.release(s)
		return soap.AuthResult{Ticket: ticket, Status: soap.StatusNoWork, PostponeSeconds: seconds(m.cfg.NoWorkRetryAfter), MinRunEverySeconds: seconds(m.cfg.MinRunEvery)}
	}
	s.mu.Lock()
	err = m.save(s)
	s.mu.Unlock()
	if err != nil {
		m.log.Error().Err(err).Msg("cannot record the Web Connector session")
		m.release(s)
		return soap.AuthResult{Ticket: ticket, Status: soap.StatusBusy, PostponeSeconds: seconds(m.cfg.BusyRetryAfter)}
	}
	m.log.Info().Str("ticket", short(ticket)).Msg("Web Connector session started")
	return soap.AuthResult{Ticket: ticket, Status: soap.StatusUseOpenCompany, MinRunEverySeconds: seconds(m.cfg.MinRunEvery)}
}

// credentialsValid compares the user name and the password. Both are always checked so the
// time taken does not reveal which one was wrong.
func (m *Manager) credentialsValid(user, password string) bool {
	userOK := subtle.ConstantTimeCompare([]byte(user), []byte(m.cfg.UserName)) == 1
	passOK, err := m.CheckPassword(password)
	if err != nil {
		if errors.Is(err, errNoPassword) {
			m.log.Warn().Msg("the Web Connector tried to log in but no password is set in Joblink yet")
		} else {
			m.log.Error().Err(err).Msg("checking the Web Connector password")
		}
		return false
	}
	if !userOK || !passOK {
		m.log.Warn().Bool("user_ok", userOK).Msg("Web Connector login with a wrong user name or password")
	}
	return userOK && passOK
}

// claim registers s as the company holder. If a holder exists that is still working and not
// silent for AbandonAfter, it reports busy instead. A holder that is finished (waiting only
// for closeConnection) or silent too long is returned as previous, removed, for the caller
// to end (Intuit: "drop the old ticket and behave as though it were not connected").
func (m *Manager) claim(s *session, now time.Time) (previous *session, busy bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if h, ok := m.sessions[m.holder]; ok {
		if h.working() && now.Sub(h.lastSeen()) < m.cfg.AbandonAfter {
			return nil, true
		}
		previous = h
		m.dropLocked(m.holder)
	}
	m.sessions[s.ticket] = s
	m.holder = s.ticket
	return previous, false
}

// release gives the company back when a session will not do any work.
func (m *Manager) release(s *session) {
	m.mu.Lock()
	m.dropLocked(s.ticket)
	m.mu.Unlock()
}

func seconds(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int((d + time.Second - 1) / time.Second)
}
