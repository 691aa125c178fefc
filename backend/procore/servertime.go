package procore

import (
	"net/http"
	"sync/atomic"
	"time"
)

// Procore stamps created_at and updated_at by its own clock, and a PC's clock can be off by
// minutes, or by days (a dead clock battery, a date set by hand). An incremental read bounds
// its filters[updated_at] range and its cursor by "now": that must be Procore's now, or a PC a
// day behind reads a range that ends before Procore's present and never sees a change again.
// serverClock keeps how far Procore's clock is from the client's, learnt from the Date header
// every answer carries (RFC 9110 §6.6.1).
type serverClock struct {
	offset atomic.Int64 // Procore's clock less the client's at the last answer, in nanoseconds
}

// observe learns the offset from an answer received at local (the client's clock). Date has
// whole seconds and is written before the answer travels, so the offset comes out up to a
// second and the answer's travel time short: Procore's now is never overstated, and a read
// from a little earlier than needed only reads a change twice, which changes nothing.
func (s *serverClock) observe(h http.Header, local time.Time) {
	date, err := http.ParseTime(h.Get("Date"))
	if err != nil {
		return // no Date: keep what the last answer said
	}
	s.offset.Store(int64(date.Sub(local)))
}

// now is Procore's time when the client's clock says local.
func (s *serverClock) now(local time.Time) time.Time {
	return local.Add(time.Duration(s.offset.Load()))
}
