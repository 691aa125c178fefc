package procore

import (
	"math/rand/v2"
	"net/http"
	"time"
)

// Which calls are sent again, and when.
//
//   - 429: always, after Retry-After or the rate-limit reset. Procore's limiter rejects the
//     call before any work is done, so even a POST is safe to repeat.
//   - Timeouts, connection resets, 408 and 5xx (503 included): only for idempotent calls. The
//     call may have reached Procore and been carried out before the answer was lost, so only
//     calls whose repetition has the same effect as one are repeated:
//   - GET, which changes nothing;
//   - PATCH …/sync when every item names its record by id or origin_id. Sync upserts by
//     those keys (§3.4), so sending the batch again updates the same records to the same
//     values instead of creating duplicates. A batch with an item that has neither key would
//     create that item twice, so such a batch is not retried.
//   - POST creates and PATCH updates are not repeated; a create that should survive a lost
//     answer goes through sync with an origin_id instead.
//
// Waits grow exponentially with full jitter so that many Joblink installs recovering from the
// same Procore outage do not return in lockstep.
const (
	backoffBase = 500 * time.Millisecond
	backoffMax  = 30 * time.Second
)

// retryWait decides whether an error answer is tried again and after how long.
func (c *Client) retryWait(req *request, resp *response, e *APIError, attempt int) (time.Duration, bool) {
	if attempt >= c.cfg.MaxAttempts {
		return 0, false
	}
	switch {
	case resp.status == http.StatusTooManyRequests:
		if e.RetryAfter > 0 {
			return e.RetryAfter, true
		}
		return backoff(attempt), true
	case req.idempotent && (resp.status == http.StatusRequestTimeout || resp.status >= 500):
		if e.RetryAfter > 0 {
			return e.RetryAfter, true
		}
		return backoff(attempt), true
	}
	return 0, false
}

// backoff is the jittered wait before attempt+1: uniform in [d/2, d] with d = base·2^(attempt-1)
// capped at backoffMax.
func backoff(attempt int) time.Duration {
	d := backoffBase << min(attempt-1, 10)
	if d > backoffMax {
		d = backoffMax
	}
	return d/2 + rand.N(d/2+1)
}
