//go:build linux

package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"joblink/backend/core"
)

// Issue 12's faults against the real program, on a real data folder that Joblink made and
// backed up itself: a damaged database must be refused with the restore command (not opened
// and answered from half its data), and a missing or emptied one must not be silently
// replaced by a new, empty database while backups of the old one exist.

// usedDataFolder runs Joblink once (it takes its first backup at start) and stops it.
func usedDataFolder(t *testing.T) string {
	t.Helper()
	a := startAttackTarget(t, 0)
	if err := a.askStatus(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if b, _ := filepath.Glob(filepath.Join(a.data, "backups", "*.backup.gz")); len(b) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Joblink took no backup at start")
		}
		time.Sleep(50 * time.Millisecond)
	}
	a.stop(t)
	return a.data
}

// startRefused runs Joblink on data and expects it to refuse to start: it returns the exit
// code and what it printed.
func startRefused(t *testing.T, data string) (int, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestAttackTargetHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), attackEnv+"="+data)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		<-exited
		t.Fatalf("Joblink started instead of refusing:\n%s", out.String())
	}
	return cmd.ProcessState.ExitCode(), out.String()
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
}

func TestRealJoblinkRefusesADamagedDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Joblink")
	}
	used := usedDataFolder(t)
	data := filepath.Join(t.TempDir(), "Joblink")
	copyTree(t, used, data)
	// 16 random bytes into the largest table, as the issue did.
	ssts, _ := filepath.Glob(filepath.Join(data, "db", "*.sst"))
	var largest string
	var size int64
	for _, p := range ssts {
		if fi, err := os.Stat(p); err == nil && fi.Size() > size {
			largest, size = p, fi.Size()
		}
	}
	if largest == "" {
		t.Fatal("the used database has no table")
	}
	f, err := os.OpenFile(largest, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	junk := make([]byte, 16)
	r := rand.New(rand.NewPCG(12, 4))
	for i := range junk {
		junk[i] = byte(r.Uint32())
	}
	f.WriteAt(junk, r.Int64N(size-16))
	f.Close()

	code, out := startRefused(t, data)
	if code != core.ExitStore || !strings.Contains(out, "damaged") || !strings.Contains(out, "joblink restore") {
		t.Fatalf("exit %d, want %d with the damaged-database words and the restore command:\n%s", code, core.ExitStore, out)
	}
	// The fix it names works: restore, then Joblink starts on the backup.
	if code, stdout, stderr := runCapture("restore", "--data", data); code != 0 {
		t.Fatalf("restore: %d %s %s", code, stdout, stderr)
	}
	a := startAttackTargetOn(t, data)
	if err := a.askStatus(); err != nil {
		t.Fatalf("after the restore: %v", err)
	}
	a.stop(t)
}

func TestRealJoblinkRefusesToReplaceALostDatabase(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Joblink")
	}
	used := usedDataFolder(t)
	for name, lose := range map[string]func(db string) error{
		"deleted": os.RemoveAll,
		"emptied": func(db string) error {
			if err := os.RemoveAll(db); err != nil {
				return err
			}
			return os.Mkdir(db, 0o700)
		},
	} {
		t.Run(name, func(t *testing.T) {
			data := filepath.Join(t.TempDir(), "Joblink")
			copyTree(t, used, data)
			if err := lose(filepath.Join(data, "db")); err != nil {
				t.Fatal(err)
			}
			code, out := startRefused(t, data)
			if code != core.ExitStore || !strings.Contains(out, "missing or empty") || !strings.Contains(out, "joblink restore") {
				t.Fatalf("exit %d, want %d with the missing-database words:\n%s", code, core.ExitStore, out)
			}
			if _, err := os.Stat(filepath.Join(data, "db", "MANIFEST")); err == nil {
				t.Fatal("a new database was created")
			}
		})
	}
}
