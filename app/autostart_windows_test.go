//go:build windows

package app

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// go-autostart finds the Startup folder from USERPROFILE once, when the package initialises.
// So that the test never touches the real Startup folder, it runs itself again with a
// temporary profile (the Linux test does the same with XDG_CONFIG_HOME).
func TestMain(m *testing.M) {
	if os.Getenv("JOBLINK_TEST_PROFILE") == "" {
		dir, err := os.MkdirTemp("", "joblink-profile-")
		if err != nil {
			panic(err)
		}
		cmd := exec.Command(os.Args[0], os.Args[1:]...)
		cmd.Env = append(os.Environ(), "USERPROFILE="+dir, "JOBLINK_TEST_PROFILE=1")
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

// TestStartupShortcutIsCreatedAndRemoved: the Startup-folder shortcut (made through COM's
// IShellLink by go-autostart's C code) points at this program with --minimized and the extra
// arguments, and goes away when turned off.
func TestStartupShortcutIsCreatedAndRemoved(t *testing.T) {
	lnk := filepath.Join(os.Getenv("USERPROFILE"), "AppData", "Roaming", "Microsoft", "Windows", "Start Menu", "Programs", "Startup", "Joblink.lnk")
	a := NewAutostart("--data", `D:\JoblinkData`)
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
	b, err := os.ReadFile(lnk)
	if err != nil {
		t.Fatalf("no shortcut: %v", err)
	}
	if !bytes.HasPrefix(b, []byte{0x4c, 0, 0, 0}) {
		t.Fatalf("%s is not a shell link (header % x)", lnk, b[:min(len(b), 8)])
	}
	exe, _ := os.Executable()
	for _, want := range []string{filepath.Base(exe), `--minimized --data D:\JoblinkData`} {
		if !bytes.Contains(b, []byte(want)) && !bytes.Contains(b, utf16le(want)) {
			t.Errorf("the shortcut lacks %q", want)
		}
	}
	if !a.Enabled() {
		t.Fatal("Enabled is false after SetEnabled(true)")
	}
	if err := a.SetEnabled(false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(lnk); !os.IsNotExist(err) {
		t.Fatalf("the shortcut is still there: %v", err)
	}
	if len(heard) != 2 || !heard[0] || heard[1] {
		t.Fatalf("listeners heard %v, want [true false]", heard)
	}
}

func TestStartupShortcutRefusesAnArgumentWithASpace(t *testing.T) {
	a := NewAutostart("--data", `C:\Users\Jo Smith\Joblink data`)
	ok, reason := a.Available()
	if ok || !strings.Contains(reason, "space") {
		t.Fatalf("available %v, reason %q", ok, reason)
	}
	if err := a.SetEnabled(true); err == nil {
		t.Fatal("SetEnabled worked without an entry")
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), 0)
	}
	return b
}
