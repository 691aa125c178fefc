package procore

import (
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// pacer spaces calls out from the X-Rate-Limit-* headers of the last answer (§3.2) so that the
// limit is not hit in the first place. Procore reports whichever window (hourly or 10-second
// spike) is closest to running out, so the pacer makes no assumption about the window size.
type pacer struct {
	mu        sync.Mutex
	known     bool
	limit     int
	remaining int
	reset     time.Time
}

// reserveFraction is the share of the limit below which calls are spread out until the reset
// instead of being sent as fast as possible.
const reserveFraction = 10

func (p *pacer) observe(h http.Header, now time.Time) {
	limit, okL := headerInt(h, "X-Rate-Limit-Limit")
	remaining, okR := headerInt(h, "X-Rate-Limit-Remaining")
	reset, okT := headerInt(h, "X-Rate-Limit-Reset")
	if !okL || !okR || !okT {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.known, p.limit, p.remaining = true, limit, remaining
	p.reset = resetTime(reset, now)
}

// reserve returns how long to wait before the next call and counts that call against the
// remaining budget, so concurrent callers do not all take the last slot.
func (p *pacer) reserve(now time.Time) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.known || p.limit <= 0 {
		return 0
	}
	untilReset := p.reset.Sub(now)
	if untilReset <= 0 {
		p.known = false // the window has turned over; the next answer tells us the new budget
		return 0
	}
	if p.remaining <= 0 {
		p.known = false
		return untilReset
	}
	reserve := max(1, p.limit/reserveFraction)
	p.remaining--
	if p.remaining+1 > reserve {
		return 0
	}
	// Spread the last calls evenly over what is left of the window.
	return untilReset / time.Duration(p.remaining+2)
}

// resetTime reads X-Rate-Limit-Reset. Procore sends Unix seconds; a small value is read as
// seconds from now, which some proxies and simulators send.
func resetTime(v int, now time.Time) time.Time {
	if v < 1_000_000_000 {
		return now.Add(time.Duration(v) * time.Second)
	}
	return time.Unix(int64(v), 0)
}

// retryAfter reads a 429/503 answer's wait: Retry-After (seconds or an HTTP date), otherwise
// the rate-limit reset time (§3.2 names both). Zero when the answer names neither.
func retryAfter(h http.Header, now time.Time) time.Duration {
	if v := strings.TrimSpace(h.Get("Retry-After")); v != "" {
		if secs, err := strconv.Atoi(v); err == nil && secs >= 0 {
			return time.Duration(secs) * time.Second
		}
		if t, err := http.ParseTime(v); err == nil {
			return max(0, t.Sub(now))
		}
	}
	if reset, ok := headerInt(h, "X-Rate-Limit-Reset"); ok {
		return max(0, resetTime(reset, now).Sub(now))
	}
	return 0
}

func headerInt(h http.Header, name string) (int, bool) {
	v := strings.TrimSpace(h.Get(name))
	if v == "" {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}
