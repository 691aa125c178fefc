package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The installer and the uninstaller run joblink.exe --quit before touching the program, also on
// a PC where Joblink was never started: no data folder is "nothing runs", not an error.
func TestQuitWithoutADataFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "never-started")
	code, out, stderr := runCapture("--quit", "--data", dir)
	if code != 0 || !strings.Contains(out, "No Joblink is running") || stderr != "" {
		t.Fatalf("exit %d, %q, %q", code, out, stderr)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("--quit created the data folder: %v", err)
	}
}
