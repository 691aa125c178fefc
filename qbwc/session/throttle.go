package session

import (
	"context"
	"sync"
	"time"
)

// loginThrottle slows down password guessing. After limit failures within window it locks
// authentication for a while, doubling the lock each time it trips again up to maxLock, and
// answers "busy" (with the time left as the postpone) without looking at the password
// meanwhile, so the slow hash cannot be used to burn CPU either. A successful login resets
// it. State is in memory: a restart forgets it, which costs an attacker a restart of Joblink
// per round.
//
// All logins arrive from loopback, so an attacker's guesses cannot be told apart from the
// real Web Connector's. The lock is therefore short (maxLock, 30 s by default) and answers
// "busy" rather than "nvu": it slows everyone down instead of declaring the real password
// wrong, and the real Web Connector gets in at most maxLock after an attack ends.
//
// Password checks also take slot, a one-place semaphore, before hashing: argon2id costs
// ~19 MiB and ~30 ms a check, and without the slot 150 parallel guesses were all hashed at
// once (2.8 GB) between the lock-out test and the failure count. Holding the slot across
// the lock decision, the hash and the count makes the three one atomic step.
type loginThrottle struct {
	slot chan struct{} // one token: the right to check a password now
	wait time.Duration // how long a login waits for the slot before answering "busy"

	mu            sync.Mutex
	limit         int
	window        time.Duration
	base, maxLock time.Duration

	failures    []time.Time // within window, oldest first
	lockedUntil time.Time
	lockouts    int // how many times the lock tripped since the last success
}

func newLoginThrottle(cfg Config) *loginThrottle {
	return &loginThrottle{
		slot:  make(chan struct{}, 1),
		wait:  cfg.PasswordCheckWait,
		limit: cfg.FailureLimit, window: cfg.FailureWindow, base: cfg.LockoutBase, maxLock: cfg.LockoutMax,
	}
}

// acquire takes the password-check slot, waiting at most t.wait (or until ctx ends). It
// reports false if the slot stayed taken; the caller then answers "busy" unchecked. The
// returned function gives the slot back; calling it again does nothing.
func (t *loginThrottle) acquire(ctx context.Context) (release func(), ok bool) {
	release = sync.OnceFunc(func() { <-t.slot })
	select {
	case t.slot <- struct{}{}:
		return release, true
	default:
	}
	timer := time.NewTimer(t.wait)
	defer timer.Stop()
	select {
	case t.slot <- struct{}{}:
		return release, true
	case <-timer.C:
	case <-ctx.Done():
	}
	return nil, false
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
