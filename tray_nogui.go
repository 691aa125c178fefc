//go:build nogui

package main

import (
	"fmt"
	"os"

	"joblink/backend/core"
)

// runTray in a build without the desktop shell (make build-headless: a pure-Go binary for
// servers, which need neither GTK nor WebKit) explains what to run instead.
func runTray(flags) int {
	fmt.Fprintln(os.Stderr, "joblink: this build of Joblink has no window or tray icon (it was built for servers). "+
		"Run it with --headless and open its page in a browser, or install the desktop build.")
	return core.ExitUsage
}
