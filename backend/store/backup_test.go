package store

import (
	"compress/gzip"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
)

func TestBackupRestoreRoundTrip(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	writeKeys(t, s, 0, 2000)
	// Deleted and overwritten keys must come back in their final state.
	if err := s.Update(func(txn *badger.Txn) error {
		if err := txn.Delete(testKey(1)); err != nil {
			return err
		}
		return txn.Set(testKey(2), []byte("overwritten"))
	}); err != nil {
		t.Fatal(err)
	}
	path, err := s.BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	mustClose(t, s)

	base := filepath.Base(path)
	if _, ok := parseBackupName(base); !ok {
		t.Fatalf("backup name %q does not match the pattern", base)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %o, want 600", fi.Mode().Perm())
	}
	if di, _ := os.Stat(o.BackupDir); di.Mode().Perm() != 0o700 {
		t.Errorf("backup folder mode %o, want 700", di.Mode().Perm())
	}
	list, err := ListBackups(o.BackupDir)
	if err != nil || len(list) != 1 || list[0].Path != path || list[0].Size != fi.Size() {
		t.Fatalf("ListBackups = %+v, %v", list, err)
	}

	// Restore into a folder that does not exist yet.
	fresh := filepath.Join(t.TempDir(), "fresh", "db")
	aside, err := Restore(fresh, path, testLogger(t))
	if err != nil || aside != "" {
		t.Fatalf("Restore into new folder: %q, %v", aside, err)
	}
	o2 := o
	o2.Dir = fresh
	s2 := mustOpen(t, o2)
	checkKeys(t, s2.DB(), 3, 2000)
	checkKeys(t, s2.DB(), 0, 1)
	err = s2.View(func(txn *badger.Txn) error {
		if _, err := txn.Get(testKey(1)); !errors.Is(err, badger.ErrKeyNotFound) {
			return errors.New("deleted key came back")
		}
		item, err := txn.Get(testKey(2))
		if err != nil {
			return err
		}
		v, _ := item.ValueCopy(nil)
		if string(v) != "overwritten" {
			return errors.New("overwritten key has old value")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if s2.SchemaVersion() != 1 {
		t.Fatalf("schema %d", s2.SchemaVersion())
	}
	mustClose(t, s2)

	// Restore over the original: it is moved aside, not deleted.
	s = mustOpen(t, o)
	writeKeys(t, s, 5000, 5010) // written after the backup
	mustClose(t, s)
	aside, err = Restore(o.Dir, path, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(aside, o.Dir+".before-restore-") {
		t.Fatalf("moved aside to %q", aside)
	}
	o3 := o
	o3.Dir = aside
	old := mustOpen(t, o3)
	checkKeys(t, old.DB(), 5000, 5010)
	mustClose(t, old)
	s = mustOpen(t, o)
	defer mustClose(t, s)
	checkKeys(t, s.DB(), 3, 2000)
	if n, _ := countIntact(s.DB(), 5000, 5010); n != 0 {
		t.Fatal("restored database has keys written after the backup")
	}
}

// A database whose MANIFEST is cut would lose its tables if Badger opened
// it; Restore must move it aside untouched.
func TestRestoreOverDamagedDatabase(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	writeKeys(t, s, 0, 500)
	path, err := s.BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	mustClose(t, s)
	manifest := filepath.Join(o.Dir, "MANIFEST")
	fi, _ := os.Stat(manifest)
	os.Truncate(manifest, fi.Size()/2)
	before := fileSnapshot(t, o.Dir)

	aside, err := Restore(o.Dir, path, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	after := fileSnapshot(t, aside)
	for n, size := range before {
		if after[n] != size {
			t.Errorf("%s changed in the moved-aside folder: %d → %d", n, size, after[n])
		}
	}
	s = mustOpen(t, o)
	defer mustClose(t, s)
	checkKeys(t, s.DB(), 0, 500)
}

func TestRestoreRefusesWhileOpen(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	defer mustClose(t, s)
	path, err := s.BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	_, err = Restore(o.Dir, path, testLogger(t))
	if KindOf(err) != Locked {
		t.Fatalf("Restore of an open database: %v", err)
	}
	writeKeys(t, s, 0, 10) // still usable
}

func TestRestoreBadBackupKeepsOriginal(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	writeKeys(t, s, 0, 300)
	mustClose(t, s)
	dir := t.TempDir()

	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gz := func(records ...[]byte) []byte {
		var buf strings.Builder
		zw := gzip.NewWriter(&buf)
		for _, r := range records {
			binary.Write(zw, binary.LittleEndian, uint64(len(r)))
			zw.Write(r)
		}
		zw.Close()
		return []byte(buf.String())
	}
	// A real Badger backup of a database that is not Joblink's.
	foreign := filepath.Join(dir, "foreign.backup.gz")
	{
		db, err := badger.Open(badgerOptions(filepath.Join(dir, "foreign"), testLogger(t)))
		if err != nil {
			t.Fatal(err)
		}
		db.Update(func(txn *badger.Txn) error { return txn.Set([]byte("k"), []byte("v")) })
		f, _ := os.Create(foreign)
		zw := gzip.NewWriter(f)
		if _, err := db.Backup(zw, 0); err != nil {
			t.Fatal(err)
		}
		zw.Close()
		f.Close()
		db.Close()
	}
	var full []byte
	{
		s := mustOpen(t, testOptions(t))
		p, err := s.BackupNow()
		if err != nil {
			t.Fatal(err)
		}
		mustClose(t, s)
		full, _ = os.ReadFile(p)
	}

	cases := map[string]string{
		"garbage":      write("garbage.backup.gz", []byte("this is not a backup, just some text\n")),
		"empty":        write("empty.backup.gz", nil),
		"cut-gzip":     write("cut.backup.gz", full[:len(full)/2]),
		"bad-protobuf": write("proto.backup.gz", gz([]byte("\xff\xff\xff\xff not protobuf"))),
		"not-joblink":  foreign,
		"missing-file": filepath.Join(dir, "nope.backup.gz"),
	}
	// huge-length: a record whose length prefix claims 2^63 bytes.
	cases["huge-length"] = write("huge.backup.gz", func() []byte {
		var buf strings.Builder
		zw := gzip.NewWriter(&buf)
		binary.Write(zw, binary.LittleEndian, uint64(1)<<62)
		zw.Write([]byte("abc"))
		zw.Close()
		return []byte(buf.String())
	}())

	for name, p := range cases {
		t.Run(name, func(t *testing.T) {
			aside, err := Restore(o.Dir, p, testLogger(t))
			if err == nil {
				t.Fatalf("Restore accepted %s (moved aside to %s)", name, aside)
			}
			t.Logf("%s: %v", name, err)
			if m, _ := filepath.Glob(o.Dir + ".before-restore-*"); len(m) != 0 {
				t.Fatalf("left a moved-aside folder: %v", m)
			}
			s := mustOpen(t, o)
			defer mustClose(t, s)
			checkKeys(t, s.DB(), 0, 300)
		})
	}
}

func TestRetentionDeletesOnlyOldestMatching(t *testing.T) {
	o := testOptions(t)
	o.BackupKeep = 3
	// The database exists before its backups do (Open refuses an empty folder beside backups).
	mustClose(t, mustOpen(t, o))
	if err := os.MkdirAll(o.BackupDir, 0o700); err != nil {
		t.Fatal(err)
	}
	old := []string{
		"joblink-20240101-000000.backup.gz",
		"joblink-20240102-000000.backup.gz",
		"joblink-20240103-000000.backup.gz",
		"joblink-20240104-000000.backup.gz",
	}
	others := []string{
		"notes.txt",
		"joblink-20230101-000000.backup.gz.keep", // does not match
		"joblink-2023-01-01.backup.gz",           // does not match
		"other-20230101-000000.backup.gz",        // does not match
	}
	for _, n := range append(append([]string{}, old...), others...) {
		if err := os.WriteFile(filepath.Join(o.BackupDir, n), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// A fresh temp file from a backup in progress must survive; a stale one
	// is removed.
	fresh := filepath.Join(o.BackupDir, ".joblink-1.backup.tmp")
	stale := filepath.Join(o.BackupDir, ".joblink-2.backup.tmp")
	os.WriteFile(fresh, nil, 0o600)
	os.WriteFile(stale, nil, 0o600)
	os.Chtimes(stale, time.Now().Add(-2*time.Hour), time.Now().Add(-2*time.Hour))

	s := mustOpen(t, o)
	defer mustClose(t, s)
	newest, err := s.BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	list, _ := ListBackups(o.BackupDir)
	var got []string
	for _, b := range list {
		got = append(got, filepath.Base(b.Path))
	}
	want := []string{filepath.Base(newest), old[3], old[2]}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("kept %v, want %v", got, want)
	}
	for _, n := range others {
		if _, err := os.Stat(filepath.Join(o.BackupDir, n)); err != nil {
			t.Errorf("%s was touched: %v", n, err)
		}
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("fresh temp file removed")
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("stale temp file kept")
	}
}

func TestScheduledBackupOnOpen(t *testing.T) {
	o := testOptions(t)
	o.BackupEvery = 24 * time.Hour
	s := mustOpen(t, o)
	writeKeys(t, s, 0, 10)
	deadline := time.Now().Add(10 * time.Second)
	var list []BackupFile
	for time.Now().Before(deadline) {
		list, _ = ListBackups(o.BackupDir)
		if len(list) > 0 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if len(list) != 1 {
		t.Fatalf("no backup taken on open of a database without backups")
	}
	mustClose(t, s)

	// The backup is recent: reopening does not take another one.
	s = mustOpen(t, o)
	time.Sleep(300 * time.Millisecond)
	mustClose(t, s)
	if list, _ = ListBackups(o.BackupDir); len(list) != 1 {
		t.Fatalf("%d backups after reopening, want 1", len(list))
	}
}

func TestConcurrentBackups(t *testing.T) {
	o := testOptions(t)
	o.BackupEvery = time.Hour
	s := mustOpen(t, o)
	writeKeys(t, s, 0, 500)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() {
			if _, err := s.BackupNow(); err != nil {
				errs <- err
			}
		})
	}
	wg.Go(func() { writeKeys(t, s, 500, 1000) })
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	mustClose(t, s)
	if _, err := s.BackupNow(); err == nil {
		t.Fatal("BackupNow after Close succeeded")
	}
	if m, _ := filepath.Glob(filepath.Join(o.BackupDir, ".joblink-*")); len(m) != 0 {
		t.Fatalf("temporary files left: %v", m)
	}
}
