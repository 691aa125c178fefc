//go:build linux

package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"golang.org/x/sys/unix"
)

// smallDisk mounts a tmpfs of size bytes for the test (root only; the test is skipped
// elsewhere, and on Windows, where preallocated files are not sparse).
func smallDisk(t *testing.T, size uint64) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	dir := t.TempDir()
	if err := unix.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%d,mode=0700", size)); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v", err)
	}
	t.Cleanup(func() { unix.Unmount(dir, unix.MNT_DETACH) })
	return dir
}

// TestFullDiskRefusesWritesAndKeepsReading fills a small disk through the store, as an export
// would. Badger alone writes into sparse memory-mapped files until the process dies of SIGBUS
// with nothing logged; the store must instead refuse the write that would go below the reserve
// with the disk-full words, keep every committed key readable, refuse a backup that does not
// fit, and write again once space is freed.
func TestFullDiskRefusesWritesAndKeepsReading(t *testing.T) {
	reserve := writeReserve("db")
	disk := smallDisk(t, reserve+96<<20)
	filler := filepath.Join(disk, "filler")
	if err := os.WriteFile(filler, bytes.Repeat([]byte{1}, 48<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	o := Options{Dir: filepath.Join(disk, "db"), BackupDir: filepath.Join(disk, "backups"), BackupEvery: -1, GCEvery: -1, Logger: testLogger(t).Level(100)}
	s := mustOpen(t, o)
	defer s.Close()

	value := bytes.Repeat([]byte("cost code export "), 4<<10) // 68 KB: in the value log
	written := 0
	var refusal error
	for batch := 0; batch < 400 && refusal == nil; batch++ {
		refusal = s.Update(func(txn *badger.Txn) error {
			for i := range 16 {
				if err := txn.Set([]byte(fmt.Sprintf("item/%06d", batch*16+i)), value); err != nil {
					return err
				}
			}
			return nil
		})
		if refusal == nil {
			written += 16
		}
	}
	var oe *OpenError
	if !errors.As(refusal, &oe) || oe.Kind != DiskFull {
		t.Fatalf("after %d items the write ended with %v, want the disk-full error", written, refusal)
	}
	t.Logf("%d items (%d MB) written, then: %s %s", written, written*len(value)>>20, oe.Message, oe.Fix)

	read := 0
	err := s.View(func(txn *badger.Txn) error {
		for i := range written {
			item, err := txn.Get([]byte(fmt.Sprintf("item/%06d", i)))
			if err != nil {
				return err
			}
			if err := item.Value(func(v []byte) error {
				if !bytes.Equal(v, value) {
					return fmt.Errorf("item %d reads back wrong", i)
				}
				return nil
			}); err != nil {
				return err
			}
			read++
		}
		return nil
	})
	if err != nil || read != written {
		t.Fatalf("after the refusal %d of %d items read back: %v", read, written, err)
	}

	if _, err := s.BackupNow(); !errors.As(err, &oe) || oe.Kind != DiskFull {
		t.Fatalf("a backup on the full disk: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(o.BackupDir, "*")); len(left) != 0 {
		t.Fatalf("the refused backup left files: %v", left)
	}

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(func(txn *badger.Txn) error { return txn.Set([]byte("item/after"), value) }); err != nil {
		t.Fatalf("with space freed, writing did not resume: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	s = mustOpen(t, o)
	defer mustClose(t, s)
	n, _ := countPrefix(s.DB(), []byte("item/"))
	if n != written+1 {
		t.Fatalf("after reopening %d items, want %d", n, written+1)
	}
}

func countPrefix(db *badger.DB, prefix []byte) (int, error) {
	n := 0
	err := db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		return nil
	})
	return n, err
}
