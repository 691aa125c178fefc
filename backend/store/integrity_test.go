package store

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// largestTable is the biggest .sst of a database folder, where random damage does most harm.
func largestTable(t *testing.T, dir string) string {
	t.Helper()
	ssts, _ := filepath.Glob(filepath.Join(dir, "*.sst"))
	var best string
	var size int64 = -1
	for _, p := range ssts {
		if fi, err := os.Stat(p); err == nil && fi.Size() > size {
			best, size = p, fi.Size()
		}
	}
	if best == "" {
		t.Fatalf("no table in %s", dir)
	}
	return best
}

// scribble writes n random bytes at each of the given fractions of the file's length.
func scribble(t *testing.T, p string, seed uint64, n int, at ...float64) {
	t.Helper()
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(p, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	for _, frac := range at {
		junk := make([]byte, n)
		for i := range junk {
			junk[i] = byte(r.Uint32())
		}
		off := int64(frac * float64(fi.Size()-int64(n)))
		if _, err := f.WriteAt(junk, off); err != nil {
			t.Fatal(err)
		}
	}
}

func requireRestoreFix(t *testing.T, oe *OpenError, backup string) {
	t.Helper()
	if oe.Kind != Corrupt {
		t.Fatalf("kind %v, want corrupt: %v", oe.Kind, oe)
	}
	if !strings.Contains(oe.Message, "damaged") || !strings.Contains(oe.Fix, backup) || !strings.Contains(oe.Fix, "joblink restore") {
		t.Fatalf("the bookkeeper is not told what happened and how to restore: %q / %q", oe.Message, oe.Fix)
	}
}

func fakeBackup(t *testing.T, o Options) string {
	t.Helper()
	os.MkdirAll(o.BackupDir, 0o700)
	bk := filepath.Join(o.BackupDir, "joblink-20251120-083000.backup.gz")
	if err := os.WriteFile(bk, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	return bk
}

// TestRandomBytesInTheLargestTableAreRefusedAtOpen is the attack: 16 random bytes
// written at a random place of the largest table. Badger alone opens such a database and
// answers from the intact blocks only (items silently missing); Open must refuse it with the
// damaged-database message and the restore command, and leave the files as they were.
func TestRandomBytesInTheLargestTableAreRefusedAtOpen(t *testing.T) {
	src := cleanDB(t)
	for seed := uint64(1); seed <= 8; seed++ {
		o := testOptions(t)
		o.Logger = o.Logger.Level(100)
		copyDir(t, src, o.Dir)
		bk := fakeBackup(t, o)
		r := rand.New(rand.NewPCG(seed, 7))
		scribble(t, largestTable(t, o.Dir), seed, 16, r.Float64())
		before := fileSnapshot(t, o.Dir)
		s, err := Open(o)
		if err == nil {
			n, _ := countIntact(s.DB(), 0, 2000)
			mustClose(t, s)
			t.Fatalf("seed %d: a damaged database opened (%d of 2000 keys readable)", seed, n)
		}
		requireRestoreFix(t, asOpenError(t, err), bk)
		for name, size := range fileSnapshot(t, o.Dir) {
			if before[name] != size {
				t.Fatalf("seed %d: %s changed while refusing to open", seed, name)
			}
		}
	}
}

// TestDamageWhileRunningIsFoundBeforeTheBackup damages a table under a running store. The
// backup must not be taken (it would hold half the data and push out a good one), nothing may
// panic, and from then on the store refuses reads and writes with the restore command; Status
// carries the same words for the UI.
func TestDamageWhileRunningIsFoundBeforeTheBackup(t *testing.T) {
	src := cleanDB(t)
	o := testOptions(t)
	o.Logger = o.Logger.Level(100)
	copyDir(t, src, o.Dir)
	bk := fakeBackup(t, o)
	s := mustOpen(t, o)
	defer mustClose(t, s)
	if s.Damage() != nil || s.Status().Damage != nil {
		t.Fatal("a clean database reported damage")
	}

	scribble(t, largestTable(t, o.Dir), 42, 16, 0.2, 0.5, 0.8)
	path, err := s.BackupNow()
	if err == nil {
		t.Fatalf("a backup of a damaged database was taken: %s", path)
	}
	var oe *OpenError
	if !errors.As(err, &oe) {
		t.Fatalf("backup failure is not the damaged-database error: %v", err)
	}
	requireRestoreFix(t, oe, bk)
	if backups, _ := ListBackups(o.BackupDir); len(backups) != 1 {
		t.Fatalf("%d backups; the damaged one must not be added", len(backups))
	}
	if d := s.Status().Damage; d == nil {
		t.Fatal("Status does not show the damage")
	}
	readErr := s.View(func(txn *badger.Txn) error { _, err := txn.Get(testKey(1)); return err })
	writeErr := s.Update(func(txn *badger.Txn) error { return txn.Set(testKey(1), []byte("x")) })
	for _, err := range []error{readErr, writeErr} {
		if !errors.As(err, &oe) || oe.Kind != Corrupt {
			t.Fatalf("a damaged store still answered: %v", err)
		}
	}
}

// TestBackgroundPanicsAreRecovered: a panic in a maintenance step (Badger panics on some
// damage) is logged and, when it reads as damage, marks the store damaged; the process lives.
func TestBackgroundPanicsAreRecovered(t *testing.T) {
	o := testOptions(t)
	o.Logger = o.Logger.Level(100)
	s := mustOpen(t, o)
	defer mustClose(t, s)
	s.survive("test step", func() { panic("runtime error: index out of range [3] with length 2") })
	if s.Damage() == nil {
		t.Fatal("a decoding panic did not mark the store damaged")
	}
}

func TestUnrelatedBackgroundPanicDoesNotMarkDamage(t *testing.T) {
	o := testOptions(t)
	o.Logger = o.Logger.Level(100)
	s := mustOpen(t, o)
	defer mustClose(t, s)
	s.survive("test step", func() { panic("something else") })
	if s.Damage() != nil {
		t.Fatal("an unrelated panic marked the store damaged")
	}
}
