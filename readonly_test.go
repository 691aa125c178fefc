//go:build linux

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"joblink/backend/core"
)

// TestReadOnlyDataFolder starts headless Joblink on a data folder it cannot write to and expects
// the data-folder exit code with a message that says so. Root ignores permission bits, so as
// root the test runs itself again inside a private mount namespace on a read-only tmpfs.
func TestReadOnlyDataFolder(t *testing.T) {
	if dir := os.Getenv("JOBLINK_RO_DIR"); dir != "" {
		assertReadOnlyRefused(t, filepath.Join(dir, "Joblink"))
		return
	}
	if os.Geteuid() != 0 {
		dir := t.TempDir()
		if err := os.Chmod(dir, 0o500); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(dir, 0o700)
		assertReadOnlyRefused(t, filepath.Join(dir, "Joblink"))
		return
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skip("no unshare(1) to make a read-only mount as root")
	}
	mnt := t.TempDir()
	cmd := exec.Command(unshare, "-m", "sh", "-c",
		`mount -t tmpfs -o ro tmpfs "$JOBLINK_RO_DIR" && exec "$0" -test.run '^TestReadOnlyDataFolder$' -test.v`, os.Args[0])
	cmd.Env = append(os.Environ(), "JOBLINK_RO_DIR="+mnt)
	out, err := cmd.CombinedOutput()
	if strings.Contains(string(out), "mount:") {
		t.Skipf("cannot mount here: %s", out)
	}
	if err != nil || !strings.Contains(string(out), "--- PASS: TestReadOnlyDataFolder") {
		t.Fatalf("inside the read-only mount: %v\n%s", err, out)
	}
}

func assertReadOnlyRefused(t *testing.T, data string) {
	t.Helper()
	code, _, stderr := runCapture("--headless", "--data", data, "--addr", "127.0.0.1:0")
	if code != core.ExitDataDir || !strings.Contains(stderr, "cannot write to its data folder") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
