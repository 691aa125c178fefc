package logging

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestLogPathThatIsAFolderIsRefused: issue 12 saw a log path naming a folder end with the folder
// moved aside and a log file readable by everyone (0755).
func TestLogPathThatIsAFolderIsRefused(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "logs")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := Open(Config{File: dir, NoConsole: true})
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Fatalf("want a refusal naming the folder, got %v", err)
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Fatalf("the folder was moved or replaced: %v", err)
	}
}

func TestLogFileIsPrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("permissions are ACLs on Windows")
	}
	root := t.TempDir()
	fresh := filepath.Join(root, "new", "joblink.log")
	old := filepath.Join(root, "joblink.log")
	if err := os.WriteFile(old, []byte("{}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fresh, old} {
		logs, err := Open(Config{File: p, NoConsole: true})
		if err != nil {
			t.Fatal(err)
		}
		logs.Info().Msg("x")
		logs.Close()
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if perm := fi.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("%s has permissions %v", p, perm)
		}
	}
	if fi, _ := os.Stat(filepath.Dir(fresh)); fi.Mode().Perm()&0o077 != 0 {
		t.Errorf("the log folder has permissions %v", fi.Mode().Perm())
	}
}
