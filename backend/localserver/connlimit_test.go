package localserver

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// guardedServer runs the real listener, guard and connection limit with an API that answers
// "ok" (and, on /api/block, waits until release is closed).
func guardedServer(t testing.TB, maxConns int, release <-chan struct{}) (*Server, string) {
	t.Helper()
	l, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/block" {
			<-release
		}
		io.WriteString(w, "ok")
	})
	g := &Guard{Port: l.Port, Token: testToken}
	var srv *Server
	if maxConns == 0 {
		srv = Serve(l, g.Handler(Routes{API: api}), log.New(io.Discard, "", 0))
	} else {
		srv = serveWith(l, g.Handler(Routes{API: api}), log.New(io.Discard, "", 0), maxConns)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return srv, fmt.Sprintf("127.0.0.1:%d", l.Port)
}

// askAPI makes one authenticated API request on a new connection and reports how long the
// answer took, or why there was none.
func askAPI(addr string, timeout time.Duration) (time.Duration, error) {
	client := &http.Client{Timeout: timeout, Transport: &http.Transport{DisableKeepAlives: true}}
	req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/api/status", nil)
	req.Header.Set("Authorization", "Bearer "+testToken)
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK || string(body) != "ok" {
		return 0, fmt.Errorf("answered %d %q", resp.StatusCode, body)
	}
	return time.Since(start), nil
}

// floodResult is what a connection flood did to the API.
type floodResult struct {
	opened, openFailed int
	asked, failed      int
	slowest            time.Duration
	mostOpen           int
	firstFailure       error
}

// flood opens n idle connections (workers at a time, each held open and silent; beyond hold,
// the oldest is let go), asking the API every few milliseconds throughout and once more after,
// and sampling how many connections the server holds.
func flood(srv *Server, addr string, n, hold, workers int) (floodResult, []net.Conn) {
	openConns := func() int { return 0 }
	if srv != nil {
		openConns = srv.OpenConns
	}
	var (
		res   floodResult
		mu    sync.Mutex
		conns = make([]net.Conn, 0, n)
		next  atomic.Int64
		wg    sync.WaitGroup
		done  = make(chan struct{})
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := net.Dialer{Timeout: 5 * time.Second}
			for next.Add(1) <= int64(n) {
				c, err := d.Dial("tcp4", addr)
				mu.Lock()
				if err != nil {
					res.openFailed++
				} else {
					res.opened++
					if len(conns) == hold {
						conns[0].Close()
						conns = append(conns[:0], conns[1:]...)
					}
					conns = append(conns, c)
				}
				mu.Unlock()
			}
		}()
	}
	var probe sync.WaitGroup
	probe.Add(1)
	go func() {
		defer probe.Done()
		for {
			ask(&res, &mu, openConns, addr)
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	wg.Wait()
	close(done)
	probe.Wait()
	ask(&res, &mu, openConns, addr)
	return res, conns
}

func ask(res *floodResult, mu *sync.Mutex, openConns func() int, addr string) {
	took, err := askAPI(addr, 10*time.Second)
	open := openConns()
	mu.Lock()
	defer mu.Unlock()
	res.asked++
	res.mostOpen = max(res.mostOpen, open)
	if err != nil {
		res.failed++
		if res.firstFailure == nil {
			res.firstFailure = err
		}
		return
	}
	res.slowest = max(res.slowest, took)
}

// openDescriptors counts this process's open files where the system shows them, else -1.
func openDescriptors() int {
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(fds)
}

func closeAll(conns []net.Conn) {
	for _, c := range conns {
		c.Close()
	}
}

// TestIdleConnectionFloodCannotSilenceTheAPI opens 2,000 connections that never send a
// request, as someone else on the PC could, while the API is asked every few milliseconds: every
// question must be answered and the server must never hold more than its limit.
func TestIdleConnectionFloodCannotSilenceTheAPI(t *testing.T) {
	srv, addr := guardedServer(t, 0, nil)
	n := 2000
	if lim := openFileLimit(); lim > 0 && lim < 4*uint64(n) {
		n = int(lim / 4)
	}
	before := openDescriptors()
	res, conns := flood(srv, addr, n, n, 16)
	defer closeAll(conns)
	// Every connection is two descriptors in this process, the test's end and the server's;
	// the server's ends are what the descriptors count beyond the test's own.
	if before >= 0 {
		serverEnds := openDescriptors() - before - len(conns)
		t.Logf("the server holds %d descriptors for connections", serverEnds)
		if serverEnds > srv.MaxConns()+8 {
			t.Errorf("the server holds %d descriptors for %d idle connections, limit %d", serverEnds, len(conns), srv.MaxConns())
		}
	}
	t.Logf("%d connections opened (%d refused), API asked %d times, slowest answer %v, at most %d open of %d, %d closed to make room",
		res.opened, res.openFailed, res.asked, res.slowest, res.mostOpen, srv.MaxConns(), srv.ClosedToMakeRoom())
	if res.failed > 0 {
		t.Fatalf("the API failed %d of %d times during the flood; first: %v", res.failed, res.asked, res.firstFailure)
	}
	if res.mostOpen > srv.MaxConns() || srv.OpenConns() > srv.MaxConns() {
		t.Fatalf("the server held %d connections (now %d), limit %d", res.mostOpen, srv.OpenConns(), srv.MaxConns())
	}
	if res.opened > srv.MaxConns() && srv.ClosedToMakeRoom() == 0 {
		t.Fatalf("%d connections opened but none was closed to make room", res.opened)
	}
}

// TestBusyConnectionsAreNeverClosedToMakeRoom fills the limit with requests still in their
// handlers: a new connection must wait for a place rather than cut one of them off, and be
// served as soon as one finishes.
func TestBusyConnectionsAreNeverClosedToMakeRoom(t *testing.T) {
	release := make(chan struct{})
	srv, addr := guardedServer(t, 4, release)
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/api/block", nil)
			req.Header.Set("Authorization", "Bearer "+testToken)
			resp, err := client.Do(req)
			if err != nil {
				errs <- err
				return
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				errs <- fmt.Errorf("blocked request answered %d", resp.StatusCode)
			}
		}()
	}
	deadline := time.Now().Add(5 * time.Second)
	for srv.OpenConns() < 4 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if _, err := askAPI(addr, 300*time.Millisecond); err == nil {
		t.Fatal("a fifth request was served while four requests held every place")
	}
	if srv.ClosedToMakeRoom() != 0 {
		t.Fatalf("%d busy connections were closed to make room", srv.ClosedToMakeRoom())
	}
	close(release)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("a busy request was cut off: %v", err)
	}
	if _, err := askAPI(addr, 5*time.Second); err != nil {
		t.Fatalf("after the busy requests finished, the API did not answer: %v", err)
	}
}

// TestKeepAliveConnectionIsClosedWhenIdle: an idle keep-alive makes way for a new client
// once the limit is reached.
func TestIdleKeepAliveMakesWayAtTheLimit(t *testing.T) {
	srv, addr := guardedServer(t, 2, nil)
	var idle []net.Conn
	for range 2 {
		c, err := net.Dial("tcp4", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		idle = append(idle, c)
	}
	time.Sleep(2 * newConnGrace)
	if _, err := askAPI(addr, 5*time.Second); err != nil {
		t.Fatalf("with two idle connections at a limit of two, the API did not answer: %v", err)
	}
	if srv.ClosedToMakeRoom() == 0 {
		t.Fatal("no idle connection was closed to make room")
	}
	// The first idle connection was the one closed: reading it ends.
	idle[0].SetReadDeadline(time.Now().Add(2 * time.Second))
	if _, err := idle[0].Read(make([]byte, 1)); err == nil {
		t.Fatal("the oldest idle connection is still open")
	}
}

func TestConnCapFollowsTheOpenFileLimit(t *testing.T) {
	for _, c := range []struct {
		files uint64
		want  int
	}{{0, DefaultMaxConns}, {1 << 20, DefaultMaxConns}, {1024, DefaultMaxConns}, {256, 32}, {20, 8}} {
		if got := connCap(0, c.files); got != c.want {
			t.Errorf("connCap(0, %d) = %d, want %d", c.files, got, c.want)
		}
	}
}

// TestSilentConnectionsDoNotHoldUpShutdown: net/http waits five seconds for a connection that
// has sent nothing; a crowd of them must not delay Joblink's exit.
func TestSilentConnectionsDoNotHoldUpShutdown(t *testing.T) {
	srv, addr := guardedServer(t, 0, nil)
	var conns []net.Conn
	for range 50 {
		c, err := net.Dial("tcp4", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns = append(conns, c)
	}
	deadline := time.Now().Add(5 * time.Second)
	for srv.OpenConns() < len(conns) && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	start := time.Now()
	if err := srv.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown with %d silent connections: %v after %v", len(conns), err, time.Since(start))
	}
	if took := time.Since(start); took > time.Second {
		t.Fatalf("shutdown took %v", took)
	}
}
