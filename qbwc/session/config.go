package session

import (
	"errors"
	"time"
)

// Config tunes the session layer. Zero values take the defaults listed on each field.
type Config struct {
	// UserName is the .qwc UserName the Web Connector must present. Required.
	UserName string
	// OwnerID is Joblink's .qwc OwnerID; it selects Joblink's FileID among the company's
	// data extensions.
	OwnerID string
	// ServerVersion is answered to serverVersion (default "Joblink").
	ServerVersion string

	// IdleTimeout expires a ticket that has seen no call for this long (default 30 minutes,
	// as consolibyte's server does).
	IdleTimeout time.Duration
	// AbandonAfter lets a new session take the company over from a session that has been
	// silent this long; until then the newcomer gets "busy" (default 10 minutes).
	AbandonAfter time.Duration

	// MinQuickBooksMajor is the oldest QuickBooks accepted, as HostRet MajorVersion (default
	// 32 = QuickBooks 2022; the major version is the year − 1990).
	MinQuickBooksMajor int
	// MinClientVersion is the oldest Web Connector allowed to run (default "2.2"); older ones
	// are told the version to install. RecommendedClientVersion gets a warning below it
	// (default "2.3").
	MinClientVersion         string
	RecommendedClientVersion string

	// NoWorkRetryAfter, if set, is sent with "none" so an Auto-Run QBWC comes back sooner
	// than its schedule. BusyRetryAfter is sent with "busy" (default 1 minute).
	NoWorkRetryAfter time.Duration
	BusyRetryAfter   time.Duration
	// MinRunEvery, if set, is the shortest Auto-Run interval QBWC may use.
	MinRunEvery time.Duration

	// MaxConnectionRetries bounds the retries connectionError asks for (default 2; Intuit:
	// "don't retry more than a couple of times").
	MaxConnectionRetries int
	// MaxPauses bounds consecutive NoOp pauses (about 5 s each) before the session gives up
	// (default 60).
	MaxPauses int

	// FailureLimit failed logins within FailureWindow lock authentication out (defaults 5
	// and 10 minutes). The first lockout lasts LockoutBase and each further one twice as long
	// as the one before, up to LockoutMax (both 30 seconds by default: with a shorter first
	// lock, a sustained attack had 20 passwords hashed in its first minute; now at most 10).
	// The lock is short because an attacker on this machine cannot be told apart from the
	// real Web Connector: a long one would lock the real one out too (see loginThrottle).
	FailureLimit  int
	FailureWindow time.Duration
	LockoutBase   time.Duration
	LockoutMax    time.Duration
	// PasswordCheckWait is how long a login waits for another one's password check to end
	// before it is answered "busy" unchecked (default 2 seconds). Only one check runs at a
	// time, so parallel guesses cannot multiply argon2id's memory and CPU.
	PasswordCheckWait time.Duration

	// Now is the clock (default time.Now); tests replace it.
	Now func() time.Time
}

func (c Config) withDefaults() (Config, error) {
	if c.UserName == "" {
		return c, errors.New("session config: UserName is empty")
	}
	setDefault(&c.ServerVersion, "Joblink")
	setDefault(&c.IdleTimeout, 30*time.Minute)
	setDefault(&c.AbandonAfter, 10*time.Minute)
	setDefault(&c.MinQuickBooksMajor, 32)
	setDefault(&c.MinClientVersion, "2.2")
	setDefault(&c.RecommendedClientVersion, "2.3")
	setDefault(&c.BusyRetryAfter, time.Minute)
	setDefault(&c.MaxConnectionRetries, 2)
	setDefault(&c.MaxPauses, 60)
	setDefault(&c.FailureLimit, 5)
	setDefault(&c.FailureWindow, 10*time.Minute)
	setDefault(&c.LockoutBase, 30*time.Second)
	setDefault(&c.LockoutMax, 30*time.Second)
	setDefault(&c.PasswordCheckWait, 2*time.Second)
	if c.Now == nil {
		c.Now = time.Now
	}
	if _, err := parseVersion(c.MinClientVersion); err != nil {
		return c, errors.New("session config: MinClientVersion: " + err.Error())
	}
	if _, err := parseVersion(c.RecommendedClientVersion); err != nil {
		return c, errors.New("session config: RecommendedClientVersion: " + err.Error())
	}
	return c, nil
}

func setDefault[T comparable](field *T, def T) {
	var zero T
	if *field == zero {
		*field = def
	}
}
