package procoresim

import (
	"net/http"
	"net/url"
	"testing"
	"time"
)

func TestTokenFaultsSpendNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	_, refresh := h.login(DefaultUserID)
	form := url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refresh},
		"client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret}}

	h.sim.InjectTokenUnavailable(1, 7*time.Second)
	got := h.postForm("/oauth/token", form)
	if got.status != http.StatusServiceUnavailable || got.header.Get("Retry-After") != "7" {
		t.Fatalf("armed 503: %d Retry-After %q", got.status, got.header.Get("Retry-After"))
	}
	h.sim.SlowTokenRequests(1, 30*time.Millisecond)
	started := time.Now()
	if got := h.postForm("/oauth/token", form); got.status != http.StatusOK || time.Since(started) < 30*time.Millisecond {
		t.Fatalf("the refresh token after a 503, on a slow endpoint: %d after %v", got.status, time.Since(started))
	}
	if got := h.postForm("/oauth/token", form); got.status != http.StatusBadRequest {
		t.Fatalf("the spent refresh token: %d", got.status)
	}
	if n := h.sim.InjectedFaults(); n != 1 {
		t.Fatalf("%d injected faults, want the one 503", n)
	}
}
