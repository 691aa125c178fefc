package procoresim

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"testing"
	"time"
)

func TestRateLimitStormAnswers429ForTheNextRequests(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	h.sim.InjectRateLimitStorm(2)
	for i := 0; i < 2; i++ {
		got := h.api("GET", "/rest/v1.0/me", token, nil)
		if got.status != http.StatusTooManyRequests || got.header.Get("Retry-After") == "" || got.header.Get("X-Rate-Limit-Remaining") != "0" {
			t.Errorf("storm request %d: %d %v", i, got.status, got.header)
		}
	}
	if got := h.api("GET", "/rest/v1.0/me", token, nil); got.status != http.StatusOK {
		t.Errorf("after the storm: %d", got.status)
	}
	if h.sim.InjectedFaults() != 2 {
		t.Errorf("InjectedFaults %d", h.sim.InjectedFaults())
	}
}

func TestUnavailableAnswers503WithRetryAfter(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	h.sim.InjectUnavailable(1, 30*time.Second)
	got := h.api("GET", "/rest/v1.0/me", token, nil)
	if got.status != http.StatusServiceUnavailable || got.header.Get("Retry-After") != "30" {
		t.Errorf("503: %d Retry-After %q", got.status, got.header.Get("Retry-After"))
	}
	if got := h.api("GET", "/rest/v1.0/me", token, nil); got.status != http.StatusOK {
		t.Errorf("after: %d", got.status)
	}
}

func TestDroppedConnectionGivesTheClientATransportError(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	h.sim.DropConnections(1)
	request, _ := http.NewRequest("GET", h.http.URL+"/rest/v1.0/me", nil)
	request.Header.Set("Authorization", "Bearer "+token)
	// A fresh connection: on a reused keep-alive connection net/http silently retries an idempotent
	// request that got no bytes back, which would hide the fault from this test (not from clients).
	fresh := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	if got, err := fresh.Do(request); err == nil {
		got.Body.Close()
		t.Fatalf("dropped connection answered %d", got.StatusCode)
	}
	if got := h.api("GET", "/rest/v1.0/me", token, nil); got.status != http.StatusOK {
		t.Errorf("after: %d", got.status)
	}
}

func TestLatencyDelaysAndHonoursClientTimeouts(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	h.sim.SetLatency(300 * time.Millisecond)
	started := time.Now()
	if got := h.api("GET", "/rest/v1.0/me", token, nil); got.status != http.StatusOK {
		t.Fatalf("slow request: %d", got.status)
	}
	if elapsed := time.Since(started); elapsed < 300*time.Millisecond {
		t.Errorf("latency not applied: %v", elapsed)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	request, _ := http.NewRequestWithContext(ctx, "GET", h.http.URL+"/rest/v1.0/me", nil)
	request.Header.Set("Authorization", "Bearer "+token)
	if _, err := h.client.Do(request); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("client timeout: %v", err)
	}
	h.sim.SetLatency(0)
}

func TestExpireAccessTokensMidRunThenRefreshRecovers(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	access, refresh := h.login(DefaultUserID)
	h.sim.ExpireAccessTokens()
	assertGenericError(t, h.api("GET", "/rest/v1.0/me", access, nil), http.StatusUnauthorized, "The access token is invalid")
	got := h.postForm("/oauth/token", url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refresh},
		"client_id": {DefaultClientID}, "client_secret": {DefaultClientSecret}})
	var token tokenResponse
	got.json(t, &token)
	if got := h.api("GET", "/rest/v1.0/me", token.AccessToken, nil); got.status != http.StatusOK {
		t.Errorf("refreshed token: %d", got.status)
	}
}
