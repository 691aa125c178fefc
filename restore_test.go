package main

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/core"
)

func put(t *testing.T, c *core.Core, key string) {
	t.Helper()
	if err := c.Store.Update(func(txn *badger.Txn) error { return txn.Set([]byte(key), []byte("v")) }); err != nil {
		t.Fatal(err)
	}
}

func has(t *testing.T, c *core.Core, key string) bool {
	t.Helper()
	err := c.Store.View(func(txn *badger.Txn) error { _, err := txn.Get([]byte(key)); return err })
	if err != nil && !errors.Is(err, badger.ErrKeyNotFound) {
		t.Fatal(err)
	}
	return err == nil
}

// TestRestoreCommandBringsBackTheNewestBackup: a key written before the backup survives, one
// written after it does not, and the database as it was is kept aside, never deleted.
func TestRestoreCommandBringsBackTheNewestBackup(t *testing.T) {
	dir := t.TempDir()
	cfg := core.Config{Mode: core.ModeHeadless, DataDir: dir, Addr: "127.0.0.1:0", RequireStore: true, Console: io.Discard}
	c, err := core.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	put(t, c, "test/before-backup")
	if _, err := c.Store.BackupNow(); err != nil {
		t.Fatal(err)
	}
	put(t, c, "test/after-backup")

	// While Joblink runs, restore refuses.
	if code, _, stderr := runCapture("restore", "--data", dir); code != core.ExitAlreadyRunning || !strings.Contains(stderr, "quit it first") {
		t.Fatalf("restore while running: %d %q", code, stderr)
	}
	c.Close()

	code, out, stderr := runCapture("restore", "--data", dir)
	if code != 0 || !strings.Contains(out, "Restored") || !strings.Contains(out, "kept in") {
		t.Fatalf("restore: %d %q %q", code, out, stderr)
	}
	entries, _ := os.ReadDir(dir)
	kept := false
	for _, e := range entries {
		kept = kept || strings.HasPrefix(e.Name(), "db.before-restore-")
	}
	if !kept {
		t.Fatalf("the previous database was not kept: %v", entries)
	}

	c, err = core.Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if !has(t, c, "test/before-backup") || has(t, c, "test/after-backup") {
		t.Fatal("the restored database is not the backup's")
	}
}
