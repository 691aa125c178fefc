package localserver

import (
	"net/http"
	"strings"
	"time"

	"github.com/rs/zerolog"
)

// RequestLog writes one debug-level line per API request: which way it came (via: "window" for
// the Wails window's in-process requests, "listener" for the loopback listener), its method,
// route, path and status, and how long it took. It is how a support person, and the desktop
// smoke test, see from outside what the window asked and what it was answered. It never logs a
// body, a query string or a header: tokens, passwords and company data travel there.
func RequestLog(log zerolog.Logger, via string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if log.GetLevel() > zerolog.DebugLevel || zerolog.GlobalLevel() > zerolog.DebugLevel {
			next.ServeHTTP(w, r)
			return
		}
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		log.Debug().Str("via", via).Str("method", r.Method).Str("route", routeOf(r)).
			Str("path", r.URL.Path).Int("status", sw.statusCode()).
			Dur("took", time.Since(start)).Msg("api request")
	})
}

// routeOf is the API route the request matched, without its method ("/api/work/{kind}/export"),
// or "" when it was answered before reaching one (a body or token refused, no such route). The
// API's ServeMux records its pattern on the request; the listener's outer "/api/" is not a route.
func routeOf(r *http.Request) string {
	pattern := r.Pattern
	if _, path, ok := strings.Cut(pattern, " "); ok {
		pattern = path
	}
	if pattern == "/api/" {
		return ""
	}
	return pattern
}

// statusWriter remembers the status a handler answered with.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

// Flush keeps streaming answers streaming through the wrapper.
func (s *statusWriter) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the real writer.
func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// statusCode is 0 when the handler wrote nothing (a bug: net/http would answer 200, the
// Wails asset server 501).
func (s *statusWriter) statusCode() int { return s.status }
