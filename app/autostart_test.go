//go:build linux

package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// go-autostart reads XDG_CONFIG_HOME once, when the package initialises. So that the tests
// never touch the real ~/.config/autostart, the test binary runs itself again with a temporary
// config folder.
func TestMain(m *testing.M) {
	if os.Getenv("JOBLINK_TEST_XDG") == "" {
		dir, err := os.MkdirTemp("", "joblink-xdg-")
		if err != nil {
			panic(err)
		}
		cmd := exec.Command(os.Args[0], os.Args[1:]...)
		cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir, "JOBLINK_TEST_XDG=1")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		err = cmd.Run()
		os.RemoveAll(dir)
		if ee, ok := err.(*exec.ExitError); ok {
			os.Exit(ee.ExitCode())
		}
		if err != nil {
			panic(err)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestAutostartEntryIsCreatedAndRemoved(t *testing.T) {
	entry := filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "autostart", "Joblink.desktop")
	a := NewAutostart("--data", "/srv/joblink-data")
	if ok, reason := a.Available(); !ok {
		t.Fatalf("unavailable: %s", reason)
	}
	var heard []bool
	a.OnChange(func(on bool) { heard = append(heard, on) })
	if a.Enabled() {
		t.Fatal("enabled before anything was done")
	}
	if err := a.SetEnabled(true); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(entry)
	if err != nil {
		t.Fatalf("no entry: %v", err)
	}
	for _, want := range []string{"Name=Joblink", `"--minimized"`, `"--data" "/srv/joblink-data"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("entry lacks %s:\n%s", want, b)
		}
	}
	if !a.Enabled() {
		t.Fatal("not enabled after SetEnabled(true)")
	}
	if err := a.SetEnabled(true); err != nil { // already on: nothing to do
		t.Fatal(err)
	}
	if err := a.SetEnabled(false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(entry); !os.IsNotExist(err) {
		t.Fatalf("entry still there: %v", err)
	}
	if len(heard) != 3 || !heard[0] || heard[2] {
		t.Fatalf("listeners heard %v", heard)
	}
}

func TestAutostartRefusesArgumentsWindowsWouldSplit(t *testing.T) {
	a := NewAutostart("--data", `C:\Users\Ann Smith\Joblink`)
	ok, reason := a.Available()
	if ok || !strings.Contains(reason, "space") {
		t.Fatalf("available=%v reason=%q", ok, reason)
	}
	if err := a.SetEnabled(true); err == nil {
		t.Fatal("SetEnabled worked on an unavailable entry")
	}
	if a.Enabled() {
		t.Fatal("reports enabled")
	}
}
