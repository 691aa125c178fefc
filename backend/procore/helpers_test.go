package procore

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// fakeClock advances only when something sleeps, so waits of minutes take no time.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

// It starts at the real time so that context deadlines, which use the real clock, line up.
func newFakeClock() *fakeClock { return &fakeClock{now: time.Now().Truncate(time.Second)} }

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sleeps = append(f.sleeps, d)
	f.now = f.now.Add(d)
	return nil
}

func (f *fakeClock) slept() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Duration(nil), f.sleeps...)
}

const testCompany = int64(5_000_000_001) // beyond 32 bits on purpose

// newTestClient starts handler as a real HTTP server and returns a client for it.
func newTestClient(t *testing.T, handler http.HandlerFunc, tune ...func(*Config)) (*Client, *fakeClock) {
	t.Helper()
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	clock := newFakeClock()
	cfg := Config{
		Environment:    CustomEnvironment(srv.URL),
		Tokens:         StaticToken("access-token-for-tests"),
		CompanyID:      testCompany,
		Clock:          clock,
		RequestTimeout: 5 * time.Second,
		PerPage:        100,
	}
	for _, f := range tune {
		f(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c, clock
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}

// samePairTokens "refreshes" to the same token, so a 401 that survives the refresh surfaces.
type samePairTokens struct{ StaticToken }

func (s samePairTokens) Refresh(context.Context, string) (string, error) {
	return string(s.StaticToken), nil
}
