package procore

import (
	"net/http"
	"time"
)

// tokenAttempts bounds how often one token request is sent; tokenMaxWait is the longest
// Retry-After Joblink waits for inside a sign-in or refresh.
const (
	tokenAttempts = 3
	tokenMaxWait  = 30 * time.Second
)

// tokenRetryWait decides whether a refused token request is sent again, and after how long.
//
// Only a 503 or 429 that carries Retry-After is repeated: that is Procore shedding load or
// rate limiting before it looks at the request (§3.2), so the authorization code or the
// single-use refresh token was not spent and sending it again is safe. Anything else — another
// status, a timeout, a dropped connection — may have come after the refresh token was used, so
// it ends the request with its error; the saved sign-in keeps the old pair and the next call
// tries once more, never in a loop. Attempts are bounded, and a wait longer than tokenMaxWait
// is reported (APIError.RetryAfter, capped at maxRateWait with a warning: tokenError) rather
// than slept through.
func tokenRetryWait(status int, header http.Header, now time.Time, attempt int) (time.Duration, bool) {
	if attempt >= tokenAttempts || status != http.StatusServiceUnavailable && status != http.StatusTooManyRequests {
		return 0, false
	}
	if header.Get("Retry-After") == "" {
		return 0, false
	}
	wait := retryAfter(header, now)
	if wait > tokenMaxWait {
		return 0, false
	}
	return wait, true
}
