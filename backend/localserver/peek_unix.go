//go:build unix

package localserver

import (
	"net"
	"syscall"
)

// hasUnreadData reports whether bytes the client sent wait in the kernel, not yet read by the
// server (a request arriving while the machine is too busy to schedule its reader). It peeks
// without taking the connection's read lock (RawConn.Control), so it never waits for the
// server's own Read.
func hasUnreadData(c net.Conn) bool {
	sc, ok := c.(syscall.Conn)
	if !ok {
		return false
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return false
	}
	pending := false
	_ = rc.Control(func(fd uintptr) {
		var b [1]byte
		n, _, err := syscall.Recvfrom(int(fd), b[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
		pending = err == nil && n > 0
	})
	return pending
}
