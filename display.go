//go:build !nogui

package main

import (
	"os"
	"runtime"
)

// displayProblem explains why the window cannot open on a Linux machine without a desktop
// (GTK would otherwise abort the process with a bare "cannot open display").
func displayProblem() string {
	if runtime.GOOS != "linux" || os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != "" {
		return ""
	}
	return "There is no desktop display to show the window on. Run Joblink with --headless to serve its page at http://127.0.0.1:41740/ instead."
}
