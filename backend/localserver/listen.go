// Package localserver runs Joblink's one loopback HTTP listener (UI, JSON API and, later, the
// Web Connector endpoint) and guards it for a shared PC: loopback only, Host and Origin checks
// against DNS rebinding and cross-site requests, a bearer token for the API, and body limits.
package localserver

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"syscall"
)

// DefaultPort is the documented default port of the listener. The Web Connector file (.qwc)
// points at it, so changing it means generating that file again.
const DefaultPort = 41740

// DefaultAddr is the default --addr.
var DefaultAddr = "127.0.0.1:" + strconv.Itoa(DefaultPort)

// Listener is the port bound on IPv4 loopback and, where the machine has it, IPv6 loopback:
// the Web Connector resolves "localhost" and may pick either.
type Listener struct {
	Port      int
	Listeners []net.Listener
}

// Addresses lists where the listener is reachable, e.g. ["127.0.0.1:41740", "[::1]:41740"].
func (l *Listener) Addresses() []string {
	out := make([]string, 0, len(l.Listeners))
	for _, ln := range l.Listeners {
		out = append(out, ln.Addr().String())
	}
	return out
}

// URL is the address of the UI for a browser.
func (l *Listener) URL() string { return fmt.Sprintf("http://127.0.0.1:%d/", l.Port) }

// Close closes every socket.
func (l *Listener) Close() error {
	var errs []error
	for _, ln := range l.Listeners {
		if err := ln.Close(); err != nil && !errors.Is(err, net.ErrClosed) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// PortInUseError means another program already listens on the port.
type PortInUseError struct {
	Port int
	Err  error
}

func (e *PortInUseError) Error() string {
	return fmt.Sprintf("Port %d on this computer is already in use by another program (perhaps another Joblink). "+
		"Close that program, or start Joblink with --addr 127.0.0.1:OTHER_PORT (the Web Connector file must then be added again)", e.Port)
}

func (e *PortInUseError) Unwrap() error { return e.Err }

// Listen binds addr's port on loopback. The host part may be empty, "localhost", "127.0.0.1"
// or "::1": Joblink always listens on both loopback addresses and never on a network-facing
// one. Port 0 picks a free port (for tests).
func Listen(addr string) (*Listener, error) {
	host, portText, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("the address %q is not HOST:PORT (for example %s): %w", addr, DefaultAddr, err)
	}
	switch host {
	case "", "localhost", "127.0.0.1", "::1":
	default:
		return nil, fmt.Errorf("Joblink only listens on this computer (loopback); %q is not a loopback address: use 127.0.0.1", host)
	}
	port, err := strconv.Atoi(portText)
	if err != nil || port < 0 || port > 65535 {
		return nil, fmt.Errorf("the port %q is not a number from 1 to 65535", portText)
	}
	// With port 0 the IPv4 socket picks the port and IPv6 must get the same one, which another
	// program may hold: try a few times.
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		l, err := listenBoth(port)
		if err == nil {
			return l, nil
		}
		lastErr = err
		if port != 0 {
			break
		}
	}
	return nil, lastErr
}

func listenBoth(port int) (*Listener, error) {
	v4, err := net.Listen("tcp4", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	if err != nil {
		return nil, explainListen(port, err)
	}
	l := &Listener{Port: v4.Addr().(*net.TCPAddr).Port, Listeners: []net.Listener{v4}}
	v6, err := net.Listen("tcp6", net.JoinHostPort("::1", strconv.Itoa(l.Port)))
	switch {
	case err == nil:
		l.Listeners = append(l.Listeners, v6)
	case noIPv6(err):
		// The machine has no IPv6 loopback; "localhost" then resolves to 127.0.0.1 only.
	default:
		v4.Close()
		return nil, explainListen(l.Port, err)
	}
	return l, nil
}

func explainListen(port int, err error) error {
	if errors.Is(err, syscall.EADDRINUSE) || isAddrInUse(err) {
		return &PortInUseError{Port: port, Err: err}
	}
	return fmt.Errorf("listen on port %d: %w", port, err)
}

func noIPv6(err error) bool {
	return errors.Is(err, syscall.EADDRNOTAVAIL) || errors.Is(err, syscall.EAFNOSUPPORT) || isNoIPv6(err)
}
