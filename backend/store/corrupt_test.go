package store

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// copyDir copies the regular files of src into a new folder dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.MkdirAll(dst, 0o700); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// cleanDB builds one closed database with 2,000 keys (every 10th in the
// value log) and returns its folder; tests copy it before damaging it.
func cleanDB(t *testing.T) string {
	t.Helper()
	o := testOptions(t)
	s := mustOpen(t, o)
	writeKeys(t, s, 0, 2000)
	mustClose(t, s)
	return o.Dir
}

func onlyFile(t *testing.T, dir, pattern string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, pattern))
	if len(m) == 0 {
		t.Fatalf("no %s in %s", pattern, dir)
	}
	return m[len(m)-1]
}

func truncateHalf(t *testing.T, p string) {
	t.Helper()
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(p, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
}

func appendGarbage(t *testing.T, p string) {
	t.Helper()
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write([]byte("\x07garbage after a crash\xff\xfe\x00\x01garbage")); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedFilesAreCorrupt covers damage that Badger v4.9.6 on its own
// would either "repair" by deleting the table files (missing or cut
// MANIFEST) or answer with a panic in a background goroutine that kills
// the process (cut or extended .sst). All must give a Corrupt OpenError,
// name a backup in Fix, and leave every file as it was.
func TestDamagedFilesAreCorrupt(t *testing.T) {
	src := cleanDB(t)
	cases := map[string]func(t *testing.T, dir string){
		"manifest-garbage": func(t *testing.T, d string) {
			os.WriteFile(filepath.Join(d, "MANIFEST"), []byte("this is not a manifest at all"), 0o600)
		},
		"manifest-empty":     func(t *testing.T, d string) { os.Truncate(filepath.Join(d, "MANIFEST"), 0) },
		"manifest-truncated": func(t *testing.T, d string) { truncateHalf(t, filepath.Join(d, "MANIFEST")) },
		"manifest-missing":   func(t *testing.T, d string) { os.Remove(filepath.Join(d, "MANIFEST")) },
		"sst-truncated":      func(t *testing.T, d string) { truncateHalf(t, onlyFile(t, d, "*.sst")) },
		"sst-garbage-tail":   func(t *testing.T, d string) { appendGarbage(t, onlyFile(t, d, "*.sst")) },
		// Issue 12: a cut KEYREGISTRY was explained as "start Joblink again".
		"keyregistry-truncated": func(t *testing.T, d string) { truncateHalf(t, filepath.Join(d, "KEYREGISTRY")) },
		"keyregistry-empty":     func(t *testing.T, d string) { os.Truncate(filepath.Join(d, "KEYREGISTRY"), 0) },
		"keyregistry-garbage": func(t *testing.T, d string) {
			os.WriteFile(filepath.Join(d, "KEYREGISTRY"), []byte("garbage garbage garbage garbage garbage garbage"), 0o600)
		},
	}
	for name, damage := range cases {
		t.Run(name, func(t *testing.T) {
			o := testOptions(t)
			copyDir(t, src, o.Dir)
			// A backup to be named in the fix.
			os.MkdirAll(o.BackupDir, 0o700)
			bk := filepath.Join(o.BackupDir, "joblink-20251120-083000.backup.gz")
			os.WriteFile(bk, []byte("x"), 0o600)

			damage(t, o.Dir)
			before := fileSnapshot(t, o.Dir)
			_, err := Open(o)
			oe := asOpenError(t, err)
			if oe.Kind != Corrupt {
				t.Fatalf("kind %v, want corrupt: %v", oe.Kind, err)
			}
			if !strings.Contains(oe.Fix, bk) || !strings.Contains(oe.Fix, "20 Nov 2025 08:30") || !strings.Contains(oe.Fix, "joblink restore") {
				t.Errorf("fix does not name the backup: %q", oe.Fix)
			}
			after := fileSnapshot(t, o.Dir)
			for n, size := range before {
				if after[n] != size {
					t.Errorf("%s changed: %d → %d bytes (present %v)", n, size, after[n], names(after))
				}
			}
			t.Logf("%s: %v", name, oe.Err)
		})
	}
}

// TestDamagedValueLog records what Badger does with value-log damage after
// a clean close. Garbage appended to the value log is cut off on open and
// all data is intact. A value log cut in half also opens; Badger truncates
// it to the last whole entry and, by design (Item.yieldItemValue), returns
// an EMPTY value without error for keys whose values were lost, logging
// "Unable to read" at error level.
func TestDamagedValueLog(t *testing.T) {
	src := cleanDB(t)

	t.Run("garbage-appended", func(t *testing.T) {
		o := testOptions(t)
		copyDir(t, src, o.Dir)
		appendGarbage(t, onlyFile(t, o.Dir, "000001.vlog"))
		s := mustOpen(t, o)
		defer mustClose(t, s)
		checkKeys(t, s.DB(), 0, 2000)
	})

	t.Run("truncated", func(t *testing.T) {
		o := testOptions(t)
		o.Logger = o.Logger.Level(100) // Badger logs one error per lost value
		copyDir(t, src, o.Dir)
		truncateHalf(t, onlyFile(t, o.Dir, "000001.vlog"))
		s := mustOpen(t, o)
		defer mustClose(t, s)
		// Small values live in the LSM and are all intact.
		small, large := 0, 0
		for i := 0; i < 2000; i++ {
			n, _ := countIntact(s.DB(), i, i+1)
			switch {
			case n == 1 && i%10 != 0:
				small++
			case n == 1:
				large++
			}
		}
		if small != 1800 {
			t.Fatalf("%d of 1800 small values intact", small)
		}
		if large == 0 || large == 200 {
			t.Fatalf("%d of 200 large values intact; expected the first part only", large)
		}
		if _, err := os.Stat(onlyFile(t, o.Dir, "000001.vlog")); err != nil {
			t.Fatal("value log removed")
		}
		// Badger hands back the lost values empty; the store must stop answering instead.
		if s.Damage() == nil {
			t.Fatal("values were unreadable but the store is not marked damaged")
		}
		if err := s.View(func(*badger.Txn) error { return nil }); KindOf(err) != Corrupt {
			t.Fatalf("the store still answers after losing values: %v", err)
		}
		t.Logf("truncated value log: %d/200 large values intact, the rest read back empty", large)
	})
}

// The crash tests run the test binary as a child that writes and then
// exits without closing the database, as after a power cut or kill.
const crashEnv = "JOBLINK_STORE_CRASH_DIR"

func TestCrashHelperProcess(t *testing.T) {
	dir := os.Getenv(crashEnv)
	if dir == "" {
		t.Skip("helper for TestCrashRecovery")
	}
	n, _ := strconv.Atoi(os.Getenv("JOBLINK_STORE_CRASH_KEYS"))
	o := Options{Dir: dir, BackupDir: filepath.Join(filepath.Dir(dir), "backups"), BackupEvery: -1, GCEvery: -1}
	s, err := Open(o)
	if err != nil {
		os.Exit(3)
	}
	writeKeys(t, s, 0, n)
	os.Exit(0) // no Close: committed data is only in the .mem WAL and .vlog
}

func crashWrite(t *testing.T, dir string, keys int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+dir, "JOBLINK_STORE_CRASH_KEYS="+strconv.Itoa(keys))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("crash helper: %v\n%s", err, out)
	}
}

func TestCrashRecovery(t *testing.T) {
	root := t.TempDir()
	src := filepath.Join(root, "crashed")
	crashWrite(t, src, 2000)
	t.Logf("files after crash: %v", fileSnapshot(t, src))

	t.Run("plain", func(t *testing.T) {
		o := testOptions(t)
		copyDir(t, src, o.Dir)
		s := mustOpen(t, o)
		defer mustClose(t, s)
		checkKeys(t, s.DB(), 0, 2000)
	})

	// A WAL cut mid-way (torn last writes): Badger replays up to the last
	// whole entry and opens. Keys from fully replayed transactions are
	// intact, the rest are gone, and nothing is mixed.
	t.Run("wal-truncated", func(t *testing.T) {
		o := testOptions(t)
		o.Logger = o.Logger.Level(100)
		copyDir(t, src, o.Dir)
		mem := onlyFile(t, o.Dir, "*.mem")
		walSize := lastNonZero(t, mem)
		if err := os.Truncate(mem, walSize/2); err != nil {
			t.Fatal(err)
		}
		s, err := Open(o)
		if err != nil {
			t.Logf("opening with a cut WAL: %v", err)
			if KindOf(err) != Corrupt {
				t.Fatalf("kind %v", KindOf(err))
			}
			return
		}
		defer mustClose(t, s)
		n, _ := countIntact(s.DB(), 0, 2000)
		if n == 0 || n == 2000 || n%100 != 0 {
			t.Fatalf("%d keys intact; want whole transactions of 100 from the start", n)
		}
		checkKeys(t, s.DB(), 0, n)
		t.Logf("cut WAL: first %d of 2000 keys (whole transactions) survive", n)
	})

	t.Run("wal-garbage", func(t *testing.T) {
		o := testOptions(t)
		copyDir(t, src, o.Dir)
		mem := onlyFile(t, o.Dir, "*.mem")
		f, _ := os.OpenFile(mem, os.O_WRONLY, 0)
		f.WriteAt([]byte("garbage garbage garbage garbage"), lastNonZero(t, mem))
		f.Close()
		s := mustOpen(t, o)
		defer mustClose(t, s)
		checkKeys(t, s.DB(), 0, 2000)
	})
}

// lastNonZero returns the offset after the last non-zero byte of a
// preallocated file (where the written part ends).
func lastNonZero(t *testing.T, p string) int64 {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	i := len(b)
	for i > 0 && b[i-1] == 0 {
		i--
	}
	return int64(i)
}
