package procore

import (
	"net/http"
	"strconv"
	"testing"
	"time"
)

func rateHeaders(limit, remaining int, reset time.Time) http.Header {
	h := http.Header{}
	h.Set("X-Rate-Limit-Limit", strconv.Itoa(limit))
	h.Set("X-Rate-Limit-Remaining", strconv.Itoa(remaining))
	h.Set("X-Rate-Limit-Reset", strconv.FormatInt(reset.Unix(), 10))
	return h
}

func TestCallMeterCountsTheLastHourAndTakesItsShare(t *testing.T) {
	m := newCallMeter(0)
	start := time.Date(2026, 3, 2, 9, 0, 30, 0, time.UTC)
	if u := m.Usage(start); u.Limit != DefaultHourlyLimit || u.Budget != DefaultHourlyLimit/2 || u.Used != 0 || !u.Frees.IsZero() {
		t.Fatalf("before any call: %+v", u)
	}
	for i := range 90 {
		m.count(start.Add(time.Duration(i) * time.Minute / 3)) // 90 calls over 30 minutes
	}
	if u := m.Usage(start.Add(30 * time.Minute)); u.Used != 90 || u.Left != 1800-90 || !u.Frees.Equal(time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)) {
		t.Fatalf("after 90 calls: %+v", u)
	}
	// An hour after the first minute, its calls no longer count; after 90 minutes none do.
	if u := m.Usage(start.Add(60 * time.Minute)); u.Used != 88 { // the two calls of 9:00 aged out
		t.Fatalf("an hour on: %d used", u.Used)
	}
	if u := m.Usage(start.Add(95 * time.Minute)); u.Used != 0 || !u.Frees.IsZero() {
		t.Fatalf("after 95 minutes: %+v", u)
	}
}

func TestCallMeterReadsTheHourlyLimitNotTheSpikeWindow(t *testing.T) {
	m := newCallMeter(0.5)
	now := time.Date(2026, 3, 2, 9, 10, 0, 0, time.UTC)
	m.observe(mustRateReport(t, rateHeaders(600, 590, now.Add(50*time.Minute)), now), now)
	if u := m.Usage(now); u.Limit != 600 || u.Budget != 300 {
		t.Fatalf("hourly report: %+v", u)
	}
	// The spike window (25 per 10 seconds) is reported when it is closer to running out: it
	// does not become the hourly limit.
	m.observe(mustRateReport(t, rateHeaders(25, 3, now.Add(8*time.Second)), now), now)
	if u := m.Usage(now); u.Limit != 600 || u.Budget != 300 {
		t.Fatalf("after a spike report: %+v", u)
	}
	// Calls made elsewhere with the same sign-in: Procore has 320 left of 600, so polling,
	// which leaves the 300 beyond its share to the bookkeeper, may make 20 more.
	m.observe(mustRateReport(t, rateHeaders(600, 320, now.Add(40*time.Minute)), now), now)
	if u := m.Usage(now); u.Left != 20 {
		t.Fatalf("with Procore's remaining count lower than the meter's: %+v", u)
	}
	m.SetShare(0.25)
	if u := m.Usage(now); u.Budget != 150 || u.Left != 0 {
		t.Fatalf("a quarter share: %+v", u)
	}
	// Once the window Procore reported has reset, its remaining count says nothing more.
	if u := m.Usage(now.Add(41 * time.Minute)); u.Left != 150 {
		t.Fatalf("after the reset: %+v", u)
	}
}

// mustRateReport is readRateReport of headers an answer carried when Procore's clock said now.
func mustRateReport(t *testing.T, h http.Header, now time.Time) rateReport {
	t.Helper()
	r, ok := readRateReport(h, now)
	if !ok {
		t.Fatalf("no rate-limit report in %v", h)
	}
	return r
}
