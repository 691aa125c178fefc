//go:build linux

package app

import "github.com/getlantern/systray"

// startTray registers the tray before wails.Run, on the main goroutine: on Linux both use GTK,
// and Wails' single gtk_main then drives the tray too. A second loop (systray.Run in a
// goroutine) crashes GTK.
func startTray(t *Tray) { systray.Register(t.onReady, nil) }

// stopTray has nothing to do on Linux: the indicator goes with the process, and calling
// systray.Quit would end Wails' loop behind its back.
func stopTray() {}
