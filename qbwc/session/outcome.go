package session

import (
	"sync"
	"time"
)

// Outcome is how the last Web Connector contact ended, for Joblink's own window: the Web
// Connector shows refusals in its window, but the bookkeeper looks at Joblink's.
type Outcome struct {
	At      time.Time
	OK      bool   // the last session ended without a problem
	Problem string // what went wrong and what to do, in words; empty when OK
}

// outcomes keeps the latest Outcome; a later good session clears an earlier problem.
type outcomes struct {
	mu   sync.Mutex
	last Outcome
	set  bool
}

func (o *outcomes) record(at time.Time, problem string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.last, o.set = Outcome{At: at, OK: problem == "", Problem: problem}, true
}

// LastOutcome reports how the last Web Connector contact ended since Joblink started; false
// when there was none.
func (m *Manager) LastOutcome() (Outcome, bool) {
	m.outcomes.mu.Lock()
	defer m.outcomes.mu.Unlock()
	return m.outcomes.last, m.outcomes.set
}

// Words for login refusals, which happen before any session exists.
const (
	wrongPasswordWords = "The Web Connector tried to connect with a wrong user name or password. In the Web Connector, enter the password you chose for Joblink (or set a new one in Joblink and enter that)."
	lockedOutWords     = "The Web Connector was locked out after repeated wrong passwords. Enter the right password in the Web Connector; Joblink accepts logins again after a short wait."
)
