package procoresim

import (
	"net/http"
	"strconv"
	"time"
)

// faults are the failures a test can switch on at run time. Each "next N requests" fault counts down
// over API requests only (/rest/...), except the token faults, which count POST /oauth/token requests.
type faults struct {
	tokenUnavailable  int
	tokenRetry        time.Duration
	tokenSlow         int
	tokenLatency      time.Duration
	rateLimitStorm    int
	unavailable       int
	unavailableRetry  time.Duration
	dropConnections   int
	loseResponses     int
	latency           time.Duration
	injectedResponses int // how many requests a fault has answered, for test assertions
}

// InjectRateLimitStorm makes the next n API requests answer 429 as if a limit were exhausted,
// regardless of the real counters.
func (s *Server) InjectRateLimitStorm(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.rateLimitStorm = n
}

// InjectUnavailable makes the next n API requests answer 503 with Retry-After (reference §3.2 load shedding).
func (s *Server) InjectUnavailable(n int, retryAfter time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.unavailable, s.faults.unavailableRetry = n, retryAfter
}

// DropConnections makes the next n API requests close the TCP connection without any response.
func (s *Server) DropConnections(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.dropConnections = n
}

// SetLatency delays every API response by d (0 turns it off); a cancelled request stops waiting.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.latency = d
}

// ExpireAccessTokens makes every access token issued so far expired now, as if the run had outlived
// them; refresh tokens stay valid, so a client that refreshes recovers.
func (s *Server) ExpireAccessTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens.expireAll(s.opts.Now())
}

// LoseResponses makes the next n API requests do their work and then close the connection without
// answering: the client cannot tell whether a write happened, as when a response is lost on the way.
func (s *Server) LoseResponses(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.loseResponses = n
}

// takeLostResponse reports whether this request's answer is to be lost.
func (s *Server) takeLostResponse() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.faults.loseResponses == 0 {
		return false
	}
	s.faults.loseResponses--
	s.faults.injectedResponses++
	return true
}

// InjectedFaults reports how many requests a fault has answered so far.
func (s *Server) InjectedFaults() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.faults.injectedResponses
}

// injectFault applies the armed faults to one API request and reports whether it answered it.
func (s *Server) injectFault(w http.ResponseWriter, r *http.Request) bool {
	s.mu.Lock()
	latency := s.faults.latency
	kind := ""
	switch {
	case s.faults.dropConnections > 0:
		s.faults.dropConnections--
		kind = "drop"
	case s.faults.unavailable > 0:
		s.faults.unavailable--
		kind = "unavailable"
	case s.faults.rateLimitStorm > 0:
		s.faults.rateLimitStorm--
		kind = "storm"
	}
	if kind != "" {
		s.faults.injectedResponses++
	}
	retry := s.faults.unavailableRetry
	s.mu.Unlock()

	if latency > 0 {
		timer := time.NewTimer(latency)
		select {
		case <-timer.C:
		case <-r.Context().Done():
			timer.Stop()
			return true // the client gave up; nobody is listening for an answer
		}
	}
	switch kind {
	case "drop":
		dropConnection(w)
	case "unavailable":
		w.Header().Set("Retry-After", strconv.FormatInt(int64(max(retry, time.Second)/time.Second), 10))
		writeError(w, http.StatusServiceUnavailable, "Service Unavailable", "The service is temporarily overloaded")
	case "storm":
		w.Header().Set("X-Rate-Limit-Limit", strconv.Itoa(max(s.opts.SpikeLimit, 1)))
		w.Header().Set("X-Rate-Limit-Remaining", "0")
		w.Header().Set("X-Rate-Limit-Reset", strconv.FormatInt(s.opts.Now().Add(spikeWindow).Unix(), 10))
		writeTooManyRequests(w, spikeWindow)
	default:
		return false
	}
	return true
}

// dropConnection closes the connection under the request without writing a byte, which a client sees
// as EOF / connection reset, the way a proxy or flaky network fails.
func dropConnection(w http.ResponseWriter) {
	hijacker, ok := w.(http.Hijacker)
	if !ok {
		// HTTP/2 or a recorder cannot be hijacked; aborting the handler is the closest equivalent.
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hijacker.Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	_ = conn.Close()
}

// InjectTokenUnavailable makes the next n POST /oauth/token requests answer 503 with Retry-After
// before any code or refresh token is looked at, so none is spent, as when Procore's login service sheds
// load (reference §3.2). n = 0 disarms it.
func (s *Server) InjectTokenUnavailable(n int, retryAfter time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.tokenUnavailable, s.faults.tokenRetry = n, retryAfter
}

// SlowTokenRequests makes the next n POST /oauth/token requests wait d before they are handled. A
// client that gives up while waiting leaves its code or refresh token unspent; one that waits gets
// the normal answer.
func (s *Server) SlowTokenRequests(n int, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults.tokenSlow, s.faults.tokenLatency = n, d
}

// injectTokenFault applies the armed token faults to one /oauth/token request and reports whether it
// answered it (503, or a client that went away while the request was held).
func (s *Server) injectTokenFault(w http.ResponseWriter, r *http.Request) bool {
	s.mu.Lock()
	var latency time.Duration
	if s.faults.tokenSlow > 0 {
		s.faults.tokenSlow--
		latency = s.faults.tokenLatency
	}
	unavailable := s.faults.tokenUnavailable > 0
	if unavailable {
		s.faults.tokenUnavailable--
		s.faults.injectedResponses++
	}
	retry := s.faults.tokenRetry
	s.mu.Unlock()

	if latency > 0 {
		timer := time.NewTimer(latency)
		select {
		case <-timer.C:
		case <-r.Context().Done():
			timer.Stop()
			return true
		}
	}
	if !unavailable {
		return false
	}
	w.Header().Set("Retry-After", strconv.FormatInt(int64(max(retry, time.Second)/time.Second), 10))
	writeJSON(w, http.StatusServiceUnavailable, oauthError{"temporarily_unavailable", "The authorization server is temporarily overloaded"})
	return true
}
