package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"joblink/backend/core"
)

func runCapture(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestUsageErrorsExitWithCode2(t *testing.T) {
	for _, args := range [][]string{{"--bogus"}, {"--headless", "extra"}, {"--log-level", "loud"}} {
		code, _, stderr := runCapture(args...)
		if code != core.ExitUsage || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCapture("version")
	if code != 0 || !strings.HasPrefix(out, "Joblink ") {
		t.Fatalf("version: %d %q", code, out)
	}
}

func TestHeadlessStartFailuresHaveTheirExitCodes(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	code, _, stderr := runCapture("--headless", "--data", file, "--addr", "127.0.0.1:0")
	if code != core.ExitDataDir || !strings.Contains(stderr, "not a folder") {
		t.Errorf("data folder is a file: exit %d, %q", code, stderr)
	}

	taken, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	code, _, stderr = runCapture("--headless", "--data", t.TempDir(), "--addr", taken.Addr().String())
	if code != core.ExitPortInUse || !strings.Contains(stderr, "already in use") {
		t.Errorf("port in use: exit %d, %q", code, stderr)
	}

	code, _, stderr = runCapture("--headless", "--data", t.TempDir(), "--addr", "0.0.0.0:0")
	if code == 0 || !strings.Contains(stderr, "loopback") {
		t.Errorf("non-loopback address: exit %d, %q", code, stderr)
	}
}

func TestQuitWhenNothingRuns(t *testing.T) {
	code, out, _ := runCapture("--quit", "--data", t.TempDir())
	if code != 0 || !strings.Contains(out, "No Joblink is running") {
		t.Fatalf("exit %d, %q", code, out)
	}
}

func TestRestoreWithoutBackupsExplains(t *testing.T) {
	code, _, stderr := runCapture("restore", "--data", t.TempDir())
	if code != core.ExitStore || !strings.Contains(stderr, "no backup") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
}

func TestQWCCommandWritesAStableFile(t *testing.T) {
	dir := t.TempDir()
	code, first, stderr := runCapture("qwc", "--data", dir, "--addr", "127.0.0.1:41999")
	if code != 0 || !strings.Contains(first, "<AppURL>http://localhost:41999/qbwc</AppURL>") || !strings.Contains(first, "<UserName>joblink</UserName>") {
		t.Fatalf("qwc: %d %q %q", code, first, stderr)
	}
	_, second, _ := runCapture("qwc", "--data", dir, "--addr", "127.0.0.1:41999")
	if first != second {
		t.Fatal("the FileID changed between two files of the same install")
	}
	if code, file, _ := runCapture("qwc", "--data", dir, "--every", "30s"); code != 0 || !strings.Contains(file, "<RunEveryNSeconds>30</RunEveryNSeconds>") {
		t.Fatalf("--every 30s: %d %q", code, file)
	}
	if code, _, stderr := runCapture("qwc", "--data", dir, "--every", "1s"); code == 0 || !strings.Contains(stderr, "outside") {
		t.Fatalf("--every 1s: %d %q", code, stderr)
	}
	out := filepath.Join(dir, "joblink.qwc")
	if code, msg, _ := runCapture("qwc", "--data", dir, "--out", out); code != 0 || !strings.Contains(msg, "Add an application") {
		t.Fatalf("--out: %d %q", code, msg)
	}
	if b, err := os.ReadFile(out); err != nil || !strings.Contains(string(b), "<QBType>QBFS</QBType>") {
		t.Fatalf("written file: %v %s", err, b)
	}
}
