package procore_test

import (
	"context"
	"net/http"
	"sync"
	"testing"
	"time"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// worldClock is the PC's clock in a world where time passes only when the client sleeps; the
// simulator's clock is the same world's time shifted by a skew, so a window Procore resets
// after an hour resets after an hour of the client's sleeping too.
type worldClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func (w *worldClock) Now() time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.now
}

func (w *worldClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.sleeps = append(w.sleeps, d)
	w.now = w.now.Add(d)
	return nil
}

// With Procore's clock two days ahead of or behind the PC's, a client that makes half again
// its hourly limit of calls neither sleeps for days (Procore's X-Rate-Limit-Reset read on the
// PC's clock is two days away) nor sends past the limit (read on the PC's clock it is two
// days gone, so nothing is paced): it waits out the one hour Procore's window has left.
func TestRateLimitPacingOnProcoresClock(t *testing.T) {
	const limit, calls = 40, 60
	for _, skew := range []time.Duration{0, 48 * time.Hour, -48 * time.Hour} {
		world := &worldClock{now: time.Now().Truncate(time.Second)}
		r := newSimRig(t, procoresim.Options{HourlyLimit: limit, SpikeLimit: -1,
			Now: func() time.Time { return world.Now().Add(skew) }})
		ctx := context.Background()
		httpClient := &http.Client{Transport: r.counter, Timeout: 30 * time.Second}
		env := procore.CustomEnvironment(r.url)
		oauth, err := procore.NewOAuth(procore.OAuthConfig{Environment: env, ClientID: procoresim.DefaultClientID,
			ClientSecret: procoresim.DefaultClientSecret, Store: &procore.MemoryTokenStore{}, HTTPClient: httpClient,
			Clock: world, ServiceAccount: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := oauth.SignInServiceAccount(ctx); err != nil {
			t.Fatal(err)
		}
		paced, err := procore.New(procore.Config{Environment: env, Tokens: oauth, CompanyID: r.company.ID,
			ServiceAccount: true, HTTPClient: httpClient, Clock: world})
		if err != nil {
			t.Fatal(err)
		}
		for i := range calls {
			var companies []map[string]any
			if err := paced.Get(ctx, "/rest/v1.0/companies", nil, &companies); err != nil {
				t.Fatalf("skew %v: call %d: %v", skew, i+1, err)
			}
		}
		var total time.Duration
		for _, d := range world.sleeps {
			total += d
			if d > time.Hour {
				t.Errorf("skew %v: slept %v at once; Procore's window is an hour", skew, d)
			}
		}
		if total > time.Hour+time.Minute {
			t.Errorf("skew %v: slept %v in all for %d calls against %d an hour", skew, total, calls, limit)
		}
		if n := r.counter.tooMany.Load(); n != 0 {
			t.Errorf("skew %v: %d answers were 429: the client sent past Procore's limit", skew, n)
		}
		if n := r.counter.api.Load(); n != calls {
			t.Errorf("skew %v: %d API requests for %d calls", skew, n, calls)
		}
	}
}
