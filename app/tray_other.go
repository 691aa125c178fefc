//go:build !linux && !windows

package app

import "github.com/getlantern/systray"

// Joblink targets Windows (and Linux for development); elsewhere the tray follows the Linux pattern.
func startTray(t *Tray) { systray.Register(t.onReady, nil) }
func stopTray()         {}
