//go:build !windows

package localserver

func isAddrInUse(error) bool { return false }
func isNoIPv6(error) bool    { return false }
