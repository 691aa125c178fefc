//go:build linux

package core

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"golang.org/x/sys/unix"
)

// storeState is the dashboard's store state and message, as GET /api/status answers them.
func storeState(t *testing.T, c *Core) (state, message string) {
	t.Helper()
	code, body := get(t, c, "/api/status", readToken(t, c.Layout))
	st, _ := body["store"].(map[string]any)
	if code != 200 || st == nil {
		t.Fatalf("status: %d %v", code, body)
	}
	state, _ = st["state"].(string)
	message, _ = st["message"].(string)
	return state, message
}

// TestDamageFoundWhileRunningIsShownOnTheDashboard: once the store has found damage (here by
// the verification run before each backup), it refuses every read and write; the dashboard
// must say so with the restore command instead of "ok".
func TestDamageFoundWhileRunningIsShownOnTheDashboard(t *testing.T) {
	dir := t.TempDir()
	c := startHeadless(t, dir, true)
	// Enough data for a table of some size once the memory table is flushed at close.
	for batch := 0; batch < 4; batch++ {
		if err := c.Store.Update(func(txn *badger.Txn) error {
			for i := 0; i < 500; i++ {
				if err := txn.Set([]byte(fmt.Sprintf("test/%d/%06d", batch, i)), []byte(strings.Repeat("v", 200))); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Store.BackupNow(); err != nil {
		t.Fatal(err)
	}
	c.Close()

	c = startHeadless(t, dir, true)
	if state, msg := storeState(t, c); state != "ok" {
		t.Fatalf("a clean database is shown as %q: %s", state, msg)
	}
	scribbleLargestTable(t, filepath.Join(dir, "db"))
	if err := c.Store.VerifyTables(); err == nil {
		t.Fatal("the damage was not found")
	}
	state, msg := storeState(t, c)
	if state != "error" || !strings.Contains(msg, "damaged") || !strings.Contains(msg, "joblink restore") {
		t.Fatalf("the dashboard shows %q: %q; want the damaged-database words and the restore command", state, msg)
	}
}

func scribbleLargestTable(t *testing.T, db string) {
	t.Helper()
	ssts, _ := filepath.Glob(filepath.Join(db, "*.sst"))
	var largest string
	var size int64 = -1
	for _, p := range ssts {
		if fi, err := os.Stat(p); err == nil && fi.Size() > size {
			largest, size = p, fi.Size()
		}
	}
	if largest == "" {
		t.Fatalf("no table in %s", db)
	}
	f, err := os.OpenFile(largest, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, frac := range []float64{0.2, 0.5, 0.8} {
		if _, err := f.WriteAt([]byte("sixteen bytes!!!"), int64(frac*float64(size-16))); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFullDiskIsShownOnTheDashboard fills a small tmpfs under a running Joblink: the store
// refuses writes with the disk-full words, and the dashboard must show the same, not "ok".
func TestFullDiskIsShownOnTheDashboard(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	dir := t.TempDir()
	if err := unix.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%d,mode=0700", 400<<20)); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v", err)
	}
	t.Cleanup(func() { unix.Unmount(dir, unix.MNT_DETACH) })
	data := filepath.Join(dir, "Joblink")
	c := startHeadless(t, data, true)
	if state, msg := storeState(t, c); state != "ok" {
		t.Fatalf("a store with room is shown as %q: %s", state, msg)
	}
	fillDisk(t, dir, 1<<20)
	deadline := time.Now().Add(5 * time.Second)
	for {
		state, msg := storeState(t, c)
		if state == "full" && strings.Contains(msg, "is full") && strings.Contains(msg, "Free some space") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the dashboard shows %q: %q; want the disk-full words and the fix", state, msg)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// fillDisk writes a file until about leave bytes are free on dir's file system.
func fillDisk(t *testing.T, dir string, leave uint64) {
	t.Helper()
	var fs unix.Statfs_t
	if err := unix.Statfs(dir, &fs); err != nil {
		t.Fatal(err)
	}
	free := fs.Bavail * uint64(fs.Bsize)
	if free <= leave {
		return
	}
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := unix.Fallocate(int(f.Fd()), 0, 0, int64(free-leave)); err != nil {
		t.Fatal(err)
	}
}
