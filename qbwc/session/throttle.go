package session

import (
	"sync"
	"time"
)

// loginThrottle slows down password guessing. After limit failures within window it locks
// authentication for a while, doubling the lock each time it trips again, and answers "nvu"
// without even looking at the password meanwhile (so the slow hash cannot be used to burn
// CPU either). A successful login resets it. State is in memory: a restart forgets it, which
// costs an attacker a restart of Joblink per round.
type loginThrottle struct {
	mu            sync.Mutex
	limit         int
	window        time.Duration
	base, maxLock time.Duration

	failures    []time.Time // within window, oldest first
	lockedUntil time.Time
	lockouts    int // how many times the lock tripped since the last success
}

// allowed reports whether a login may be checked now, and if not, until when it is locked.
func (t *loginThrottle) allowed(now time.Time) (bool, time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if now.Before(t.lockedUntil) {
		return false, t.lockedUntil
	}
	return true, time.Time{}
}

// failed records a failed login and returns the new lock end if this failure tripped it.
func (t *loginThrottle) failed(now time.Time) (lockedUntil time.Time, tripped bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	keep := t.failures[:0]
	for _, f := range t.failures {
		if now.Sub(f) < t.window {
			keep = append(keep, f)
		}
	}
	t.failures = append(keep, now)
	if len(t.failures) < t.limit {
		return time.Time{}, false
	}
	lock := t.base << min(t.lockouts, 30)
	if lock <= 0 || lock > t.maxLock {
		lock = t.maxLock
	}
	t.lockouts++
	t.failures = t.failures[:0]
	t.lockedUntil = now.Add(lock)
	return t.lockedUntil, true
}

func (t *loginThrottle) succeeded() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.failures = t.failures[:0]
	t.lockouts = 0
	t.lockedUntil = time.Time{}
}
