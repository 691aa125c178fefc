package procoresim

import (
	"net/http"
	"strconv"
	"time"
)

// rateWindow is a fixed window: it opens at the first request and resets when its length has passed,
// which is what X-Rate-Limit-Reset (a Unix time) describes.
type rateWindow struct {
	limit  int
	length time.Duration
	start  time.Time
	count  int
}

func (w *rateWindow) roll(now time.Time) {
	if w.start.IsZero() || !now.Before(w.start.Add(w.length)) {
		w.start, w.count = now, 0
	}
}

func (w *rateWindow) remaining() int   { return max(w.limit-w.count, 0) }
func (w *rateWindow) reset() time.Time { return w.start.Add(w.length) }

// rateWindows are one user's hourly and spike windows (reference §3.2). The simulator has one app
// (one client id), so "per user of an app" is per user.
type rateWindows struct{ hourly, spike rateWindow }

const rateLimitMessage = "You have surpassed the max number of requests for an hour. Please wait until your limit resets."

// admitRequest counts the request against the user's windows, sets the X-Rate-Limit headers for the
// limit closest to exhaustion, and answers 429 itself when a window is used up. Caller holds s.mu.
func (s *Server) admitRequest(w http.ResponseWriter, userID int64) bool {
	windows := s.limits[userID]
	if windows == nil {
		windows = &rateWindows{
			hourly: rateWindow{limit: s.opts.HourlyLimit, length: hourWindow},
			spike:  rateWindow{limit: s.opts.SpikeLimit, length: spikeWindow},
		}
		s.limits[userID] = windows
	}
	now := s.opts.Now()
	var active []*rateWindow
	for _, window := range []*rateWindow{&windows.hourly, &windows.spike} {
		if window.limit > 0 {
			window.roll(now)
			active = append(active, window)
		}
	}
	if len(active) == 0 {
		return true
	}
	var exhausted *rateWindow
	for _, window := range active {
		if window.remaining() == 0 && (exhausted == nil || window.reset().After(exhausted.reset())) {
			exhausted = window
		}
	}
	if exhausted == nil {
		for _, window := range active {
			window.count++
		}
	}
	closest := active[0]
	for _, window := range active[1:] {
		if window.remaining() < closest.remaining() {
			closest = window
		}
	}
	if exhausted != nil {
		closest = exhausted
	}
	setRateHeaders(w, closest)
	if exhausted != nil {
		writeTooManyRequests(w, exhausted.reset().Sub(now))
		return false
	}
	return true
}

func setRateHeaders(w http.ResponseWriter, window *rateWindow) {
	header := w.Header()
	header.Set("X-Rate-Limit-Limit", strconv.Itoa(window.limit))
	header.Set("X-Rate-Limit-Remaining", strconv.Itoa(window.remaining()))
	header.Set("X-Rate-Limit-Reset", strconv.FormatInt(window.reset().Unix(), 10))
}

// writeTooManyRequests sends the documented plain-text 429 body (reference §3.2) with Retry-After,
// because the sources conflict on which header to honour and a client must cope with both.
func writeTooManyRequests(w http.ResponseWriter, wait time.Duration) {
	seconds := int64((wait + time.Second - 1) / time.Second)
	w.Header().Set("Retry-After", strconv.FormatInt(max(seconds, 1), 10))
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusTooManyRequests)
	_, _ = w.Write([]byte(rateLimitMessage))
}
