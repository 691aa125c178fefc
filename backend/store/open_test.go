package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

func TestOpenCreatesFolderAndReopenKeepsData(t *testing.T) {
	o := testOptions(t)
	o.Dir = filepath.Join(t.TempDir(), "nested", "data", "db")
	s := mustOpen(t, o)
	fi, err := os.Stat(o.Dir)
	if err != nil || !fi.IsDir() {
		t.Fatalf("database folder not created: %v", err)
	}
	if perm := fi.Mode().Perm(); perm != 0o700 {
		t.Errorf("folder mode %o, want 700", perm)
	}
	writeKeys(t, s, 0, 500)
	if got := s.SchemaVersion(); got != CurrentSchemaVersion {
		t.Errorf("SchemaVersion = %d, want %d", got, CurrentSchemaVersion)
	}
	mustClose(t, s)
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}

	s = mustOpen(t, o)
	defer mustClose(t, s)
	checkKeys(t, s.DB(), 0, 500)
	err = s.View(func(txn *badger.Txn) error {
		item, err := txn.Get(keySchemaVersion)
		if err != nil {
			return err
		}
		v, _ := item.ValueCopy(nil)
		if string(v) != "\x00\x00\x00\x01" {
			return fmt.Errorf("schema stamp bytes %x, want 00000001", v)
		}
		_, err = txn.Get(keyCreatedAt)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestMigrationsRunInOrderOnce(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	writeKeys(t, s, 0, 10)
	mustClose(t, s)

	var ran []int
	migrations := []Migration{
		{To: 3, Name: "three", Apply: func(txn *badger.Txn) error {
			ran = append(ran, 3)
			// v2 must already be visible.
			if _, err := txn.Get([]byte("m/two")); err != nil {
				return fmt.Errorf("v2 data missing: %w", err)
			}
			return txn.Set([]byte("m/three"), []byte("3"))
		}},
		{To: 2, Name: "two", Apply: func(txn *badger.Txn) error {
			ran = append(ran, 2)
			return txn.Set([]byte("m/two"), []byte("2"))
		}},
	}
	o.Migrations = migrations
	s = mustOpen(t, o)
	if s.SchemaVersion() != 3 || fmt.Sprint(ran) != "[2 3]" {
		t.Fatalf("version %d, ran %v; want 3, [2 3]", s.SchemaVersion(), ran)
	}
	checkKeys(t, s.DB(), 0, 10)
	mustClose(t, s)

	s = mustOpen(t, o)
	if s.SchemaVersion() != 3 || len(ran) != 2 {
		t.Fatalf("reopen: version %d, ran %v; migrations must not run twice", s.SchemaVersion(), ran)
	}
	mustClose(t, s)

	// This build (default list) only knows version 1: refuse.
	o.Migrations = nil
	_, err := Open(o)
	oe := asOpenError(t, err)
	if oe.Kind != NewerSchema || !strings.Contains(oe.Message, "schema 3; this version knows up to 1") {
		t.Fatalf("got %v", err)
	}
}

func TestFailedMigrationLeavesVersion(t *testing.T) {
	o := testOptions(t)
	o.Migrations = []Migration{
		{To: 2, Name: "two", Apply: func(txn *badger.Txn) error { return txn.Set([]byte("m/two"), []byte("2")) }},
		{To: 3, Name: "broken", Apply: func(txn *badger.Txn) error {
			_ = txn.Set([]byte("m/partial"), []byte("x"))
			return errors.New("boom")
		}},
	}
	_, err := Open(o)
	oe := asOpenError(t, err)
	if oe.Kind != Other || !strings.Contains(err.Error(), "boom") || !strings.Contains(oe.Fix, "schema 2") {
		t.Fatalf("got %v", err)
	}
	o.Migrations = o.Migrations[:1]
	s := mustOpen(t, o)
	defer mustClose(t, s)
	if s.SchemaVersion() != 2 {
		t.Fatalf("version %d, want 2", s.SchemaVersion())
	}
	err = s.View(func(txn *badger.Txn) error {
		_, err := txn.Get([]byte("m/partial"))
		return err
	})
	if !errors.Is(err, badger.ErrKeyNotFound) {
		t.Fatalf("partial migration write survived: %v", err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	if err := s.Update(func(txn *badger.Txn) error { return txn.Set(keySchemaVersion, encodeVersion(5)) }); err != nil {
		t.Fatal(err)
	}
	mustClose(t, s)
	_, err := Open(o)
	oe := asOpenError(t, err)
	want := "This database was written by a newer Joblink (schema 5; this version knows up to 1). Install the newer Joblink again, or restore an older backup."
	if oe.Kind != NewerSchema || oe.Error() != want {
		t.Fatalf("got kind %v %q\nwant %q", oe.Kind, oe.Error(), want)
	}
	// Refusal must not have changed the stamp.
	o.Migrations = []Migration{{To: 5, Name: "five", Apply: func(*badger.Txn) error { return nil }}}
	s = mustOpen(t, o)
	defer mustClose(t, s)
	if s.SchemaVersion() != 5 {
		t.Fatalf("version %d", s.SchemaVersion())
	}
}

func TestInvalidMigrationList(t *testing.T) {
	o := testOptions(t)
	o.Migrations = []Migration{{To: 1, Name: "bad", Apply: func(*badger.Txn) error { return nil }}}
	if _, err := Open(o); err == nil {
		t.Fatal("migration to version 1 accepted")
	}
}

func TestSecondOpenIsLocked(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	defer mustClose(t, s)

	o2 := o
	o2.DescribeHolder = func() string { return "Joblink (process 4312, headless, started 21 Nov 22:30)" }
	_, err := Open(o2)
	oe := asOpenError(t, err)
	wantMsg := fmt.Sprintf("The Joblink database in %s is in use by Joblink (process 4312, headless, started 21 Nov 22:30).", o.Dir)
	if oe.Kind != Locked || oe.Message != wantMsg || !strings.Contains(oe.Fix, "tray icon → Quit") {
		t.Fatalf("got kind %v: %v", oe.Kind, err)
	}
	if oe.Err == nil || !strings.Contains(oe.Error(), "Another process is using this Badger database") {
		t.Fatalf("cause missing from %q", oe.Error())
	}

	o2.DescribeHolder = nil
	_, err = Open(o2)
	if oe := asOpenError(t, err); !strings.Contains(oe.Message, "in use by another program.") {
		t.Fatalf("got %q", oe.Message)
	}
	// The first store still works.
	writeKeys(t, s, 0, 10)
}

func TestDirIsAFile(t *testing.T) {
	o := testOptions(t)
	if err := os.WriteFile(o.Dir, []byte("not a folder"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Open(o)
	oe := asOpenError(t, err)
	if oe.Kind != NotAFolder || !strings.Contains(oe.Message, o.Dir) {
		t.Fatalf("got %v", err)
	}
	if b, _ := os.ReadFile(o.Dir); string(b) != "not a folder" {
		t.Fatal("the file was changed")
	}
}

func TestClassifyOpenError(t *testing.T) {
	cases := []struct {
		err  error
		want ErrorKind
	}{
		{&fs.PathError{Op: "open", Path: "/x/db/MANIFEST", Err: syscall.EACCES}, ReadOnly},
		{fmt.Errorf("open badger database: %w", &fs.PathError{Op: "open", Path: "/x", Err: syscall.EROFS}), ReadOnly},
		{fmt.Errorf("wrapped twice: %w", fmt.Errorf("create: %w", syscall.EPERM)), ReadOnly},
		{errors.New(`Error Creating Dir: "/x" err: mkdir /x: permission denied`), ReadOnly}, // flattened by y.Wrapf
		{errors.New(`while opening file /x/000001.vlog: read-only file system`), ReadOnly},  // flattened
		{errors.New(`Cannot create lock file "C:\\x\\LOCK".  Another process is using this Badger database. err: The process cannot access the file`), Locked},
		{errors.New(`Cannot acquire directory lock on "/x".  Another process is using this Badger database. err: resource temporarily unavailable`), Locked},
		{fmt.Errorf("stat: %w", syscall.ENOTDIR), NotAFolder},
		{errors.New("manifest has bad magic"), Corrupt},
		{errors.New("manifest has checksum mismatch"), Corrupt},
		{fmt.Errorf("x: %w", errPanic), Corrupt},
		{errors.New("while opening memtables error: unexpected EOF"), Corrupt},
		{&OpenError{Kind: NewerSchema}, NewerSchema},
		{errors.New("something else entirely"), Other},
		{nil, Other},
	}
	for _, c := range cases {
		if got := classifyOpenError(c.err); got != c.want {
			t.Errorf("classifyOpenError(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

func TestReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions")
	}
	o := testOptions(t)
	s := mustOpen(t, o)
	mustClose(t, s)
	if err := os.Chmod(o.Dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(o.Dir, 0o700)
	_, err := Open(o)
	if oe := asOpenError(t, err); oe.Kind != ReadOnly || !strings.Contains(oe.Message, "cannot write to") {
		t.Fatalf("got %v", err)
	}
}

func TestOpenErrorText(t *testing.T) {
	e := newOpenError(Locked, "/data/db", "", nil, errors.New("cause"))
	want := "The Joblink database in /data/db is in use by another program. Close the other Joblink (tray icon → Quit) and start Joblink again. (cause: cause)"
	if e.Error() != want {
		t.Fatalf("got  %q\nwant %q", e.Error(), want)
	}
	if !errors.Is(e, e.Err) || KindOf(fmt.Errorf("x: %w", e)) != Locked {
		t.Fatal("Unwrap/KindOf broken")
	}
}

func TestStatus(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	defer mustClose(t, s)
	writeKeys(t, s, 0, 300)
	st := s.Status()
	if st.Path != o.Dir || st.SchemaVersion != 1 || st.BackupDir != o.BackupDir || !st.LastBackupAt.IsZero() || st.BackupCount != 0 {
		t.Fatalf("status before backup: %+v", st)
	}
	if _, err := s.BackupNow(); err != nil {
		t.Fatal(err)
	}
	st = s.Status()
	if st.BackupCount != 1 || st.LastBackupAt.IsZero() || st.SizeBytes <= 0 {
		t.Fatalf("status after backup: %+v", st)
	}
	t.Logf("status: %+v", st)
}
