//go:build !unix

package localserver

import "net"

// hasUnreadData cannot peek here (Windows): every idle connection may be closed to make room
// once its grace has passed.
func hasUnreadData(net.Conn) bool { return false }
