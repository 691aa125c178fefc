//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSigtermRightAfterStartStopsCleanly sends SIGTERM the moment the real program has printed
// its address (a service manager stopping it at once, or a script). Joblink must stop cleanly
// — exit 0, "stopped cleanly" in its log, the database closed — and the next start must find
// nothing to recover: Badger's write-ahead log (*.mem) flushed and its LOCK file gone (a killed
// Joblink leaves both, and the next start replays the log), no warning or error in the log.
func TestSigtermRightAfterStartStopsCleanly(t *testing.T) {
	data := t.TempDir()
	logFile := filepath.Join(data, "logs", "joblink.log")
	for round := 1; round <= 3; round++ {
		a := startAttackTargetOn(t, data)
		before := len(readLog(t, logFile))
		if err := a.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- a.cmd.Wait() }()
		select {
		case err := <-exited:
			if err != nil {
				t.Fatalf("round %d: SIGTERM right after start did not stop Joblink cleanly: %v", round, err)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("round %d: Joblink did not stop within 30 s of SIGTERM", round)
		}
		log := readLog(t, logFile)
		this := log[strings.LastIndex(log[:before], `"message":"Joblink starting"`):]
		if !strings.Contains(this, `"message":"stopping"`) || !strings.Contains(this, `"message":"stopped cleanly"`) {
			t.Fatalf("round %d: no clean stop in the log:\n%s", round, this)
		}
		for _, left := range []string{"*.mem", "LOCK"} {
			if m, _ := filepath.Glob(filepath.Join(data, "db", left)); len(m) > 0 {
				t.Fatalf("round %d: the database was not closed: %v left for the next start to recover", round, m)
			}
		}
		if round > 1 {
			for _, line := range strings.Split(this, "\n") {
				if strings.Contains(line, `"level":"warn"`) || strings.Contains(line, `"level":"error"`) {
					t.Fatalf("round %d: the start after a SIGTERM found something to recover: %s", round, line)
				}
			}
		}
	}
}

func readLog(t *testing.T, file string) string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
