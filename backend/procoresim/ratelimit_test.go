package procoresim

import (
	"net/http"
	"strconv"
	"testing"
	"time"
)

func TestRateLimitHeadersReportTheCloserLimitAndSpikeGives429(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{HourlyLimit: 100, SpikeLimit: 5})
	token := h.adminToken()
	start := h.clock.Now()
	for i := 1; i <= 5; i++ {
		got := h.api("GET", "/rest/v1.0/me", token, nil)
		if got.status != http.StatusOK {
			t.Fatalf("request %d: %d", i, got.status)
		}
		// The spike window (5 per 10 s) is always closer to exhaustion than the hourly one here.
		if got.header.Get("X-Rate-Limit-Limit") != "5" || got.header.Get("X-Rate-Limit-Remaining") != strconv.Itoa(5-i) {
			t.Errorf("request %d: limit %q remaining %q", i, got.header.Get("X-Rate-Limit-Limit"), got.header.Get("X-Rate-Limit-Remaining"))
		}
		if got.header.Get("X-Rate-Limit-Reset") != strconv.FormatInt(start.Add(10*time.Second).Unix(), 10) {
			t.Errorf("reset %q", got.header.Get("X-Rate-Limit-Reset"))
		}
	}
	h.clock.Advance(3 * time.Second)
	limited := h.api("GET", "/rest/v1.0/me", token, nil)
	if limited.status != http.StatusTooManyRequests {
		t.Fatalf("6th request in the window: %d", limited.status)
	}
	if string(limited.body) != rateLimitMessage || limited.header.Get("Retry-After") != "7" || limited.header.Get("X-Rate-Limit-Remaining") != "0" {
		t.Errorf("429: body %q Retry-After %q headers %v", limited.body, limited.header.Get("Retry-After"), limited.header)
	}
	h.clock.Advance(7 * time.Second)
	if got := h.api("GET", "/rest/v1.0/me", token, nil); got.status != http.StatusOK {
		t.Errorf("after the spike window: %d", got.status)
	}
}

func TestHourlyLimitWinsWhenItIsCloser(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{HourlyLimit: 3, SpikeLimit: 25})
	token := h.adminToken()
	for i := 0; i < 3; i++ {
		h.clock.Advance(11 * time.Second) // fresh spike windows; only the hourly one fills
		got := h.api("GET", "/rest/v1.0/me", token, nil)
		if got.header.Get("X-Rate-Limit-Limit") != "3" {
			t.Errorf("request %d reports limit %q, want the hourly 3", i, got.header.Get("X-Rate-Limit-Limit"))
		}
	}
	h.clock.Advance(11 * time.Second)
	got := h.api("GET", "/rest/v1.0/me", token, nil)
	if got.status != http.StatusTooManyRequests {
		t.Fatalf("4th request in the hour: %d", got.status)
	}
	if wait, _ := strconv.Atoi(got.header.Get("Retry-After")); wait < 3000 {
		t.Errorf("Retry-After %d should reach the end of the hour", wait)
	}
}
