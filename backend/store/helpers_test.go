package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"
)

// testLogger sends warnings and errors to the test log.
func testLogger(t testing.TB) zerolog.Logger {
	return zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel)
}

// testOptions returns options for a database in a fresh temp folder with
// the background maintenance switched off.
func testOptions(t testing.TB) Options {
	root := t.TempDir()
	return Options{
		Dir:         filepath.Join(root, "db"),
		BackupDir:   filepath.Join(root, "backups"),
		BackupEvery: -1,
		GCEvery:     -1,
		Logger:      testLogger(t),
	}
}

func mustOpen(t testing.TB, o Options) *Store {
	t.Helper()
	s, err := Open(o)
	if err != nil {
		t.Fatalf("Open(%s): %v", o.Dir, err)
	}
	return s
}

func mustClose(t testing.TB, s *Store) {
	t.Helper()
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

func testKey(i int) []byte { return []byte(fmt.Sprintf("test/%06d", i)) }

// testValue is deterministic; every 10th value is larger than the 1 KB
// value threshold so it lands in the value log.
func testValue(i int) []byte {
	n := 100
	if i%10 == 0 {
		n = 3000
	}
	v := make([]byte, n)
	for j := range v {
		v[j] = byte('a' + (i+j)%26)
	}
	return v
}

// writeKeys writes keys [from, to) in batches of 100 per transaction.
func writeKeys(t testing.TB, s *Store, from, to int) {
	t.Helper()
	for start := from; start < to; start += 100 {
		end := min(start+100, to)
		err := s.Update(func(txn *badger.Txn) error {
			for i := start; i < end; i++ {
				if err := txn.Set(testKey(i), testValue(i)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatalf("write keys %d..%d: %v", start, end, err)
		}
	}
}

// checkKeys verifies keys [from, to) and returns the number found intact.
func countIntact(db *badger.DB, from, to int) (intact int, firstErr error) {
	err := db.View(func(txn *badger.Txn) error {
		for i := from; i < to; i++ {
			item, err := txn.Get(testKey(i))
			if err != nil {
				if firstErr == nil {
					firstErr = fmt.Errorf("key %d: %w", i, err)
				}
				continue
			}
			v, err := item.ValueCopy(nil)
			if err != nil || string(v) != string(testValue(i)) {
				if firstErr == nil {
					firstErr = fmt.Errorf("key %d: value wrong (err %v, len %d)", i, err, len(v))
				}
				continue
			}
			intact++
		}
		return nil
	})
	if err != nil && firstErr == nil {
		firstErr = err
	}
	return intact, firstErr
}

func checkKeys(t testing.TB, db *badger.DB, from, to int) {
	t.Helper()
	n, err := countIntact(db, from, to)
	if n != to-from {
		t.Fatalf("%d of %d keys intact; first problem: %v", n, to-from, err)
	}
}

// fileSnapshot lists the files in dir with their sizes.
func fileSnapshot(t testing.TB, dir string) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("read %s: %v", dir, err)
	}
	for _, e := range entries {
		if info, err := e.Info(); err == nil {
			out[e.Name()] = info.Size()
		}
	}
	return out
}

func names(m map[string]int64) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func asOpenError(t testing.TB, err error) *OpenError {
	t.Helper()
	var oe *OpenError
	if !errors.As(err, &oe) {
		t.Fatalf("want *OpenError, got %T: %v", err, err)
	}
	return oe
}
