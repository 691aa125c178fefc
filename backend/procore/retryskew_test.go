package procore

import (
	"context"
	"net/http"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// A 429 that names only X-Rate-Limit-Reset is waited out on Procore's clock (the answer's Date),
// not the PC's: with Procore two days ahead the reset is 30 seconds away, not two days. A wait
// beyond Procore's longest window (an hour) is cut to an hour.
func TestTooManyRequestsWaitsOnProcoresClock(t *testing.T) {
	for _, tc := range []struct {
		name       string
		retryAfter string
		want       time.Duration
	}{
		{"reset only", "", 30 * time.Second},
		{"Retry-After of two days", strconv.Itoa(48 * 3600), time.Hour},
	} {
		var calls atomic.Int32
		c, clock := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
			procoreNow := time.Now().Add(48 * time.Hour)
			w.Header().Set("Date", procoreNow.UTC().Format(http.TimeFormat))
			if calls.Add(1) == 1 {
				w.Header().Set("X-Rate-Limit-Limit", "600")
				w.Header().Set("X-Rate-Limit-Remaining", "0")
				w.Header().Set("X-Rate-Limit-Reset", strconv.FormatInt(procoreNow.Add(30*time.Second).Unix(), 10))
				if tc.retryAfter != "" {
					w.Header().Set("Retry-After", tc.retryAfter)
				}
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			writeJSON(w, http.StatusOK, `[]`)
		})
		var out []any
		if err := c.Get(context.Background(), "/rest/v1.0/companies", nil, &out); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var total time.Duration
		for _, d := range clock.slept() {
			total += d
		}
		if total < tc.want-time.Second || total > tc.want+time.Second {
			t.Errorf("%s: slept %v (%v), want about %v", tc.name, total, clock.slept(), tc.want)
		}
	}
}
