//go:build windows

package datadir

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/windows"
)

// What the data folder does on Windows (run under Wine in make test-windows; the Unix
// counterparts about file modes and XDG are in datadir_test.go).

func TestDefaultIsUnderLocalAppData(t *testing.T) {
	local := os.Getenv("LOCALAPPDATA")
	if local == "" {
		t.Fatal("LOCALAPPDATA is not set: Windows (and Wine) always set it")
	}
	d, err := Default()
	if err != nil || d != filepath.Join(local, "Joblink") {
		t.Fatalf("Default = %q, %v; want %s\\Joblink", d, err, local)
	}
	t.Setenv("LOCALAPPDATA", "")
	d, err = Default()
	if err != nil || !filepath.IsAbs(d) || filepath.Base(d) != "Joblink" {
		t.Fatalf("without LOCALAPPDATA: Default = %q, %v; want an absolute ...\\Joblink", d, err)
	}
}

func TestWindowsWriteErrorsAreExplained(t *testing.T) {
	for _, cause := range []error{windows.ERROR_WRITE_PROTECT, windows.ERROR_ACCESS_DENIED} {
		err := explainWrite(`C:\x`, &os.PathError{Op: "open", Path: `C:\x`, Err: cause})
		if !strings.Contains(err.Error(), "cannot write to its data folder") || !errors.Is(err, cause) {
			t.Errorf("%v: got %q", cause, err)
		}
	}
	err := explainWrite(`C:\x`, &os.PathError{Op: "mkdir", Path: `C:\x`, Err: windows.ERROR_DISK_FULL})
	if !strings.Contains(err.Error(), "free space") {
		t.Errorf("disk full: got %q", err)
	}
}

// lockChildEnv names the data folder a child test process tries to lock.
const lockChildEnv = "JOBLINK_TEST_LOCK_CHILD"

// TestLockHelper is the other process of TestLockRefusesAnotherProcess.
func TestLockHelper(t *testing.T) {
	dir := os.Getenv(lockChildEnv)
	if dir == "" {
		t.Skip("helper process of TestLockRefusesAnotherProcess")
	}
	l, err := Prepare(dir)
	if err != nil {
		t.Fatal(err)
	}
	lk, err := Acquire(l)
	if err == nil {
		lk.Release()
		os.Stdout.WriteString("ACQUIRED\n")
		return
	}
	if errors.Is(err, ErrLocked) {
		os.Stdout.WriteString("REFUSED\n")
		return
	}
	os.Stdout.WriteString("FAILED: " + err.Error() + "\n")
}

// LockFileEx locks are per handle: the single-instance rule is only real if another process
// is refused while this one holds the lock, and let in once it is released.
func TestLockRefusesAnotherProcess(t *testing.T) {
	l, err := Prepare(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	lk, err := Acquire(l)
	if err != nil {
		t.Fatal(err)
	}
	child := func() string {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestLockHelper$", "-test.v")
		cmd.Env = append(os.Environ(), lockChildEnv+"="+l.Root)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("helper: %v\n%s", err, out)
		}
		return string(out)
	}
	if out := child(); !strings.Contains(out, "REFUSED") {
		t.Fatalf("another process locked the data folder while this one held it:\n%s", out)
	}
	if err := lk.Release(); err != nil {
		t.Fatal(err)
	}
	if out := child(); !strings.Contains(out, "ACQUIRED") {
		t.Fatalf("the lock was not given up on Release:\n%s", out)
	}
}
