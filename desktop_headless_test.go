//go:build linux

package main

import (
	"debug/elf"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"testing"
	"time"
)

// guiLibrary matches the libraries only the window and tray need (package app/lazygui).
var guiLibrary = regexp.MustCompile(`lib(gtk|gdk|webkit2gtk|javascriptcoregtk|soup|glib|gobject|gio|ayatana|appindicator)[-_.0-9a-z]*\.so`)

// TestDesktopSmokeHeadlessLoadsNoGUILibrary (run by make test-desktop, whose -run pattern it
// shares): the desktop binary names no GUI library in its header, and started with --headless
// (even with a DISPLAY, as under xvfb-run) it serves without ever mapping one. A GTK or
// WebKit function the shell starts calling after an upgrade, and that is missing from
// app/lazygui/symbols_linux_amd64.h, brings the libraries back into the header: this says so.
func TestDesktopSmokeHeadlessLoadsNoGUILibrary(t *testing.T) {
	bin := os.Getenv("JOBLINK_DESKTOP_SMOKE")
	if bin == "" {
		t.Skip("set JOBLINK_DESKTOP_SMOKE to the built binary (make test-desktop does)")
	}
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	needed, err := f.ImportedLibraries()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, lib := range needed {
		if guiLibrary.MatchString(lib) {
			t.Errorf("the binary's header names %s, so every process loads it at start: add the GUI functions "+
				"it is linked for (nm -D --undefined-only %s) to app/lazygui/symbols_linux_amd64.h", lib, bin)
		}
	}

	cmd, url := startBinary(t, bin, "--headless", "--data", t.TempDir(), "--addr", "127.0.0.1:0")
	defer cmd.Process.Kill()
	resp, err := http.Get(url + "api/health")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("health: %v %v", resp, err)
	}
	resp.Body.Close()
	maps, err := os.ReadFile(fmt.Sprintf("/proc/%d/maps", cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	if lib := guiLibrary.Find(maps); lib != nil {
		t.Errorf("the --headless process has %s mapped", lib)
	}
	stop(cmd.Process.Pid)
	if code := waitExit(t, cmd, 30*time.Second); code != 0 {
		t.Fatalf("exited %d", code)
	}
}
