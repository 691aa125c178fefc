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

// observe takes the rate-limit report of an answer received at local (the client's clock). The
// reset is kept on the client's clock, the one reserve and Sleep use.
func (p *pacer) observe(report rateReport, local time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.known, p.limit, p.remaining = true, report.limit, report.remaining
	p.reset = local.Add(report.untilReset)
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

// maxRateWait caps any wait an answer asks for. Procore's longest window is an hour (§3.2), so
// a longer wait can only come from a clock or a header gone wrong, and sitting it out would stop
// every call for that long.
const maxRateWait = time.Hour

// rateReport is what an answer's X-Rate-Limit-* headers say.
type rateReport struct {
	limit, remaining int
	untilReset       time.Duration // at most maxRateWait
	capped           bool          // the reset named was further away than maxRateWait
}

// readRateReport reads the X-Rate-Limit-* headers of an answer written when Procore's clock
// said procoreNow. X-Rate-Limit-Reset is a time on Procore's clock, so the wait is measured on
// that clock: measured on the PC's, a PC days behind would spread calls over days and one days
// ahead would find every window already reset and send past the limit.
func readRateReport(h http.Header, procoreNow time.Time) (rateReport, bool) {
	limit, okL := headerInt(h, "X-Rate-Limit-Limit")
	remaining, okR := headerInt(h, "X-Rate-Limit-Remaining")
	reset, okT := headerInt(h, "X-Rate-Limit-Reset")
	if !okL || !okR || !okT {
		return rateReport{}, false
	}
	wait, capped := capRateWait(max(0, resetTime(reset, procoreNow).Sub(procoreNow)))
	return rateReport{limit: limit, remaining: remaining, untilReset: wait, capped: capped}, true
}

func capRateWait(d time.Duration) (time.Duration, bool) {
	if d > maxRateWait {
		return maxRateWait, true
	}
	return d, false
}

// resetTime reads X-Rate-Limit-Reset. Procore sends Unix seconds; a small value is read as
// seconds from now, which some proxies and simulators send.
func resetTime(v int, now time.Time) time.Time {
	if v < 1_000_000_000 {
		return now.Add(time.Duration(v) * time.Second)
	}
	return time.Unix(int64(v), 0)
}

// retryAfter is askedWait without saying whether it was capped.
func retryAfter(h http.Header, now time.Time) time.Duration {
	wait, _ := askedWait(h, now)
	return wait
}

// askedWait reads a 429/503 answer's wait: Retry-After (seconds or an HTTP date), otherwise the
// rate-limit reset time (§3.2 names both); zero when the answer names neither. Times are
// Procore's clock, so they are measured from the answer's own Date (now, the client's clock,
// only when it has none). The wait is capped at maxRateWait; capped says it was.
func askedWait(h http.Header, now time.Time) (wait time.Duration, capped bool) {
	if date, err := http.ParseTime(h.Get("Date")); err == nil {
		now = date
	}
	if v := strings.TrimSpace(h.Get("Retry-After")); v != "" {
		if secs, err := strconv.Atoi(v); err == nil && secs >= 0 {
			return capRateWait(time.Duration(secs) * time.Second)
		}
		if t, err := http.ParseTime(v); err == nil {
			return capRateWait(max(0, t.Sub(now)))
		}
	}
	if reset, ok := headerInt(h, "X-Rate-Limit-Reset"); ok {
		return capRateWait(max(0, resetTime(reset, now).Sub(now)))
	}
	return 0, false
}

func headerInt(h http.Header, name string) (int, bool) {
	v := strings.TrimSpace(h.Get(name))
	if v == "" {
		return 0, false
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}
