package localserver

import (
	"context"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultMaxConns bounds the connections the listener holds open at once, over all its
// sockets. The Web Connector uses one or two, a browser tab six at most, the tray and the
// window a few; 128 leaves room for all of them with many tabs. It is lowered further when the
// process may open few files (see connCap), so that the database always finds descriptors.
const DefaultMaxConns = 128

// newConnGrace is how long a connection that has just been accepted is safe from being closed
// to make room. Under a flood of connections that never send a request, this is the time a
// real client has to send its request; it also bounds how fast a flood is accepted
// (max connections per grace), leaving the rest waiting in the kernel's queue, where they
// hold no descriptor of ours.
const newConnGrace = 25 * time.Millisecond

// connLimit keeps at most max connections open. When a new connection arrives at the limit,
// the connection that has been waiting longest without a request in a handler is closed to
// make room: an idle keep-alive, or one that never sent a complete request. Connections whose
// request is being handled are never closed; if every connection is busy, accepting waits.
// A crowd of idle or silent connections therefore cannot keep the UI, the API or the Web
// Connector out, and cannot take the descriptors the database needs.
type connLimit struct {
	max int

	mu     sync.Mutex
	wake   *sync.Cond
	open   map[*limitedConn]struct{}
	closed bool

	evicted atomic.Int64 // connections closed to make room, since start
}

func newConnLimit(max int) *connLimit {
	l := &connLimit{max: max, open: make(map[*limitedConn]struct{}, max)}
	l.wake = sync.NewCond(&l.mu)
	return l
}

// limitedConn is an accepted connection counted by a connLimit.
type limitedConn struct {
	net.Conn
	lim *connLimit

	// Guarded by lim.mu.
	serving   int       // requests of this connection inside a handler
	waitSince time.Time // when it was accepted or its last request left the handler
	counted   bool      // still counted in lim.open

	closeOnce sync.Once
	closeErr  error
}

// Close closes the connection once and frees its place.
func (c *limitedConn) Close() error {
	c.closeOnce.Do(func() {
		c.closeErr = c.Conn.Close()
		c.lim.release(c)
	})
	return c.closeErr
}

// admit waits for a place for a new connection, closing the longest-waiting idle one if the
// limit is reached. It reports false once the listener is closed.
func (l *connLimit) admit(raw net.Conn) (*limitedConn, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for len(l.open) >= l.max && !l.closed {
		victim, wait := l.oldestIdle(time.Now())
		if victim != nil {
			l.forget(victim)
			l.evicted.Add(1)
			// Closing the socket under the server makes its read fail; the server then
			// calls Close, which finds the place already free.
			victim.Conn.Close()
			continue
		}
		if wait > 0 {
			l.waitFor(wait)
		} else {
			l.wake.Wait()
		}
	}
	if l.closed {
		return nil, false
	}
	c := &limitedConn{Conn: raw, lim: l, waitSince: time.Now(), counted: true}
	l.open[c] = struct{}{}
	return c, true
}

// oldestIdle finds the connection without a request in a handler that has waited longest.
// If every such connection is still within newConnGrace, it returns how long until the
// oldest leaves it.
//
// A connection whose client has sent bytes the server has not read yet is spared: it is a
// request on its way, delayed only because the machine is busy (issue 12's API check under a
// flood failed with EOF when its reader was not scheduled within the grace). A silent
// connection never has such bytes, and a slow one's are read as they come, so neither is spared.
func (l *connLimit) oldestIdle(now time.Time) (*limitedConn, time.Duration) {
	var oldest *limitedConn
	spared := false
	for c := range l.open {
		if c.serving != 0 || oldest != nil && !c.waitSince.Before(oldest.waitSince) {
			continue
		}
		if now.Sub(c.waitSince) >= newConnGrace && hasUnreadData(c.Conn) {
			spared = true
			continue
		}
		oldest = c
	}
	if oldest == nil {
		if spared {
			return nil, newConnGrace // look again soon: the spared ones will be reading
		}
		return nil, 0
	}
	if age := now.Sub(oldest.waitSince); age < newConnGrace {
		return nil, newConnGrace - age
	}
	return oldest, 0
}

// waitFor sleeps d with the lock released, waking early if a place frees.
func (l *connLimit) waitFor(d time.Duration) {
	t := time.AfterFunc(d, func() {
		l.mu.Lock()
		l.wake.Broadcast()
		l.mu.Unlock()
	})
	l.wake.Wait()
	t.Stop()
}

func (l *connLimit) forget(c *limitedConn) {
	if c.counted {
		c.counted = false
		delete(l.open, c)
		l.wake.Broadcast()
	}
}

func (l *connLimit) release(c *limitedConn) {
	l.mu.Lock()
	l.forget(c)
	l.mu.Unlock()
}

// close wakes an Accept waiting for a place so the server can stop.
func (l *connLimit) close() {
	l.mu.Lock()
	l.closed = true
	l.wake.Broadcast()
	l.mu.Unlock()
}

// closeWaiting closes every connection without a request in a handler (at shutdown), except
// those whose handler has just returned: net/http writes the answer out after the handler, and
// closing in between cuts it (joblink --quit read EOF). Shutdown calls this until it is done,
// so they are closed a little later if they stay idle.
func (l *connLimit) closeWaiting() {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now()
	for c := range l.open {
		if c.serving == 0 && now.Sub(c.waitSince) >= newConnGrace {
			l.forget(c)
			c.Conn.Close()
		}
	}
}

// count is the number of connections open now.
func (l *connLimit) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.open)
}

// limitedListener hands the server only connections that have a place.
type limitedListener struct {
	net.Listener
	lim *connLimit
}

func (ln *limitedListener) Accept() (net.Conn, error) {
	raw, err := ln.Listener.Accept()
	if err != nil {
		return nil, err
	}
	c, ok := ln.lim.admit(raw)
	if !ok {
		raw.Close()
		return nil, net.ErrClosed
	}
	return c, nil
}

func (ln *limitedListener) Close() error {
	ln.lim.close()
	return ln.Listener.Close()
}

type connKey struct{}

// connContext records the connection in each request's context, for track.
func connContext(ctx context.Context, c net.Conn) context.Context {
	return context.WithValue(ctx, connKey{}, c)
}

// track marks a connection busy while one of its requests is in a handler, so it is not
// closed to make room.
func (l *connLimit) track(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, ok := r.Context().Value(connKey{}).(*limitedConn)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		l.mu.Lock()
		c.serving++
		l.mu.Unlock()
		defer func() {
			l.mu.Lock()
			c.serving--
			c.waitSince = time.Now()
			l.mu.Unlock()
		}()
		next.ServeHTTP(w, r)
	})
}

// connCap is the connection limit for a process that may open fileLimit files (0: unknown):
// at most an eighth of them, so that the database's tables and logs, the data folder's files
// and the log always find descriptors, and never fewer than 8 places.
func connCap(limit int, fileLimit uint64) int {
	if limit <= 0 {
		limit = DefaultMaxConns
	}
	if fileLimit > 0 && uint64(limit) > fileLimit/8 {
		limit = int(max(fileLimit/8, 8))
	}
	return limit
}
