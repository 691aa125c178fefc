package store

import (
	"os"
	"strings"
	"testing"
)

// TestMissingDatabaseWithBackupsIsRefused: a deleted or emptied database folder beside backups
// of an earlier database must not be replaced by a new, empty one. Open refuses with words that
// name the newest backup, `joblink restore` and how to start over on purpose; restoring then
// brings the data back.
func TestMissingDatabaseWithBackupsIsRefused(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	writeKeys(t, s, 0, 500)
	backup, err := s.BackupNow()
	if err != nil {
		t.Fatal(err)
	}
	mustClose(t, s)

	for name, lose := range map[string]func() error{
		"deleted": func() error { return os.RemoveAll(o.Dir) },
		"emptied": func() error {
			if err := os.RemoveAll(o.Dir); err != nil {
				return err
			}
			return os.Mkdir(o.Dir, 0o700)
		},
	} {
		t.Run(name, func(t *testing.T) {
			if err := lose(); err != nil {
				t.Fatal(err)
			}
			s, err := Open(o)
			if err == nil {
				mustClose(t, s)
				t.Fatal("a new, empty database replaced the lost one although backups exist")
			}
			oe := asOpenError(t, err)
			if oe.Kind != Missing {
				t.Fatalf("kind %v: %v", oe.Kind, err)
			}
			for _, want := range []string{backup, "joblink restore", "start over", o.BackupDir} {
				if !strings.Contains(oe.Message+" "+oe.Fix, want) {
					t.Errorf("the words do not mention %q: %s / %s", want, oe.Message, oe.Fix)
				}
			}
			if entries, _ := os.ReadDir(o.Dir); len(entries) != 0 {
				t.Errorf("refusing left files in the database folder: %d", len(entries))
			}
		})
	}

	if _, err := Restore(o.Dir, backup, testLogger(t)); err != nil {
		t.Fatalf("restore after the refusal: %v", err)
	}
	s = mustOpen(t, o)
	defer mustClose(t, s)
	checkKeys(t, s.DB(), 0, 500)
}

// TestFirstStartWithoutBackupsCreatesTheDatabase: with no backups, a missing folder is a first
// start and is created.
func TestFirstStartWithoutBackupsCreatesTheDatabase(t *testing.T) {
	o := testOptions(t)
	s := mustOpen(t, o)
	mustClose(t, s)
}
