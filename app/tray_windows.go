//go:build windows

package app

import (
	goruntime "runtime"

	"github.com/getlantern/systray"
)

// startTray runs the tray on its own locked OS thread with its own message loop: Win32 delivers
// a window's messages only to the thread that created it, and quitting the tray then ends only
// the tray's loop, removing the icon, while Wails' loop shuts down on its own.
func startTray(t *Tray) {
	go func() {
		goruntime.LockOSThread()
		systray.Run(t.onReady, nil)
	}()
}

// stopTray removes the icon from the notification area.
func stopTray() { systray.Quit() }
