//go:build unix

package localserver

import "syscall"

// openFileLimit is the number of files this process may have open. The Go runtime already
// raises the soft limit to the hard one at start; a low hard limit (a service manager's, a
// container's) stays low, and the connection cap follows it.
func openFileLimit() uint64 {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return 0
	}
	return lim.Cur
}
