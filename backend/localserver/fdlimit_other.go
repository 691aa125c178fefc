//go:build !unix

package localserver

// openFileLimit is 0 (unknown) where there is no RLIMIT_NOFILE: Windows lets a process hold
// millions of handles, so only DefaultMaxConns applies.
func openFileLimit() uint64 { return 0 }
