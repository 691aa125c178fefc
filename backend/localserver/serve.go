package localserver

import (
	"context"
	"errors"
	"log"
	"net/http"
	"sync"
	"time"
)

// Server serves one handler on every socket of a Listener, holding at most a bounded number
// of connections open (see connLimit).
type Server struct {
	http  *http.Server
	conns *connLimit
	wg    sync.WaitGroup
}

// Serve starts serving in the background. errorLog receives the HTTP server's own complaints
// (malformed requests, TLS probes); it should be the redacting application log.
func Serve(l *Listener, h http.Handler, errorLog *log.Logger) *Server {
	return serveWith(l, h, errorLog, connCap(DefaultMaxConns, openFileLimit()))
}

func serveWith(l *Listener, h http.Handler, errorLog *log.Logger, maxConns int) *Server {
	conns := newConnLimit(maxConns)
	s := &Server{conns: conns, http: &http.Server{
		Handler:           conns.track(h),
		ConnContext:       connContext,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // the Web Connector posts large responses slowly
		WriteTimeout:      2 * time.Minute,
		// The Web Connector makes its calls back to back and a browser polls every few
		// seconds; a connection quiet for longer is closed rather than kept.
		IdleTimeout:    30 * time.Second,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       errorLog,
	}}
	for _, ln := range l.Listeners {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			err := s.http.Serve(&limitedListener{Listener: ln, lim: conns})
			if err != nil && !errors.Is(err, http.ErrServerClosed) && errorLog != nil {
				errorLog.Printf("listener %s stopped: %v", ln.Addr(), err)
			}
		}()
	}
	return s
}

// OpenConns is the number of connections open now.
func (s *Server) OpenConns() int { return s.conns.count() }

// MaxConns is the most connections the server holds open at once.
func (s *Server) MaxConns() int { return s.conns.max }

// ClosedToMakeRoom counts the idle connections closed so that a new one could be served.
func (s *Server) ClosedToMakeRoom() int64 { return s.conns.evicted.Load() }

// Shutdown stops accepting, lets requests under way finish until ctx ends, then closes.
//
// net/http counts a connection that has not sent a request yet as busy for its first five
// seconds, so a crowd of silent connections would hold up every exit; Shutdown therefore also
// closes, until it is done, every connection without a request in a handler.
func (s *Server) Shutdown(ctx context.Context) error {
	done := make(chan error, 1)
	go func() { done <- s.http.Shutdown(ctx) }()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	var err error
	for waiting := true; waiting; {
		s.conns.closeWaiting()
		select {
		case err = <-done:
			waiting = false
		case <-tick.C:
		}
	}
	if err != nil {
		s.http.Close()
	}
	s.conns.close()
	s.wg.Wait()
	return err
}
