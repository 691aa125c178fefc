//go:build unix

package localserver

import (
	"net"
	"testing"
	"time"
)

// acceptedPair returns the server's side of a fresh loopback connection and the client's.
func acceptedPair(t *testing.T, ln net.Listener) (server, client net.Conn) {
	t.Helper()
	client, err := net.Dial("tcp4", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	server, err = ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close(); server.Close() })
	return server, client
}

// TestArrivingRequestIsNotClosedToMakeRoom: at the limit, a connection past its grace whose
// client has already sent its request (bytes waiting, unread because the server is busy) is
// not the one closed for a newcomer; a silent one is.
func TestArrivingRequestIsNotClosedToMakeRoom(t *testing.T) {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	lim := newConnLimit(2)
	admitOld := func(raw net.Conn) *limitedConn {
		c, ok := lim.admit(raw)
		if !ok {
			t.Fatal("not admitted")
		}
		lim.mu.Lock()
		c.waitSince = time.Now().Add(-time.Second) // long past its grace
		lim.mu.Unlock()
		return c
	}
	busySrv, busyClient := acceptedPair(t, ln)
	silentSrv, _ := acceptedPair(t, ln)
	if _, err := busyClient.Write([]byte("GET /api/status HTTP/1.1\r\nHost: x\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for !hasUnreadData(busySrv) {
		if time.Now().After(deadline) {
			t.Fatal("the request never showed as unread bytes")
		}
		time.Sleep(time.Millisecond)
	}
	busy := admitOld(busySrv)
	admitOld(silentSrv)
	lim.mu.Lock()
	busy.waitSince = time.Now().Add(-2 * time.Second) // the oldest of the two
	lim.mu.Unlock()

	newSrv, _ := acceptedPair(t, ln)
	if _, ok := lim.admit(newSrv); !ok {
		t.Fatal("the newcomer was not admitted")
	}
	lim.mu.Lock()
	_, busyOpen := lim.open[busy]
	lim.mu.Unlock()
	if !busyOpen {
		t.Fatal("the connection with a request waiting was closed to make room")
	}
	silentSrv.SetReadDeadline(time.Now().Add(time.Second))
	if _, err := silentSrv.Read(make([]byte, 1)); err == nil {
		t.Fatal("the silent connection was not the one closed")
	}
}

// TestShutdownSparesAnAnswerOnItsWay: at shutdown, a connection whose handler has just
// returned (its answer not yet written out by net/http) is not closed under it; one idle for
// longer is.
func TestShutdownSparesAnAnswerOnItsWay(t *testing.T) {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	lim := newConnLimit(4)
	justAnswered, _ := acceptedPair(t, ln)
	idle, _ := acceptedPair(t, ln)
	a, _ := lim.admit(justAnswered)
	b, _ := lim.admit(idle)
	lim.mu.Lock()
	a.waitSince = time.Now()
	b.waitSince = time.Now().Add(-time.Second)
	lim.mu.Unlock()
	lim.closeWaiting()
	lim.mu.Lock()
	_, aOpen := lim.open[a]
	_, bOpen := lim.open[b]
	lim.mu.Unlock()
	if !aOpen || bOpen {
		t.Fatalf("just answered open: %v, long idle open: %v", aOpen, bOpen)
	}
}
