package localserver

import (
	"context"
	"errors"
	"log"
	"net/http"
	"sync"
	"time"
)

// Server serves one handler on every socket of a Listener.
type Server struct {
	http *http.Server
	wg   sync.WaitGroup
}

// Serve starts serving in the background. errorLog receives the HTTP server's own complaints
// (malformed requests, TLS probes); it should be the redacting application log.
func Serve(l *Listener, h http.Handler, errorLog *log.Logger) *Server {
	s := &Server{http: &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // the Web Connector posts large responses slowly
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          errorLog,
	}}
	for _, ln := range l.Listeners {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := s.http.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) && errorLog != nil {
				errorLog.Printf("listener %s stopped: %v", ln.Addr(), err)
			}
		}()
	}
	return s
}

// Shutdown stops accepting, lets requests under way finish until ctx ends, then closes.
func (s *Server) Shutdown(ctx context.Context) error {
	err := s.http.Shutdown(ctx)
	if err != nil {
		s.http.Close()
	}
	s.wg.Wait()
	return err
}
