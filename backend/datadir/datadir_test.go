package datadir

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestPrepareCreatesMissingFolders(t *testing.T) {
	root := filepath.Join(t.TempDir(), "a", "b", "Joblink")
	l, err := Prepare(root)
	if err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	for _, dir := range []string{l.Root, l.Logs(), l.Backups()} {
		fi, err := os.Stat(dir)
		if err != nil || !fi.IsDir() {
			t.Fatalf("%s not created: %v", dir, err)
		}
		if fi.Mode().Perm() != 0o700 {
			t.Errorf("%s mode %v, want 0700", dir, fi.Mode().Perm())
		}
	}
}

func TestPrepareRefusesAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Prepare(file)
	var p *Problem
	if !errors.As(err, &p) {
		t.Fatalf("want *Problem, got %v", err)
	}
	if !strings.Contains(p.Error(), "is a file, not a folder") || p.Fix == "" {
		t.Errorf("unclear message: %q", p.Error())
	}
}

func TestPrepareExplainsAReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions; explainWrite is covered by TestExplainWriteClassifiesPermissionErrors")
	}
	root := t.TempDir()
	if err := os.Chmod(root, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(root, 0o700)
	_, err := Prepare(root)
	if err == nil || !strings.Contains(err.Error(), "cannot write to its data folder") {
		t.Fatalf("want a cannot-write message, got %v", err)
	}
}

func TestExplainWriteClassifiesPermissionErrors(t *testing.T) {
	for _, cause := range []error{syscall.EACCES, syscall.EROFS, syscall.EPERM} {
		err := explainWrite("/x", &os.PathError{Op: "open", Path: "/x", Err: cause})
		if !strings.Contains(err.Error(), "cannot write to its data folder") {
			t.Errorf("%v: got %q", cause, err)
		}
		if !errors.Is(err, cause) {
			t.Errorf("%v: cause lost from the chain", cause)
		}
	}
	err := explainWrite("/x", &os.PathError{Op: "mkdir", Path: "/x", Err: syscall.ENOSPC})
	if !strings.Contains(err.Error(), "cannot prepare") || !strings.Contains(err.Error(), "free space") {
		t.Errorf("ENOSPC: got %q", err)
	}
}

func TestLockIsExclusiveAndReleasable(t *testing.T) {
	l, err := Prepare(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	first, err := Acquire(l)
	if err != nil {
		t.Fatalf("first Acquire: %v", err)
	}
	if _, err := Acquire(l); !errors.Is(err, ErrLocked) {
		t.Fatalf("second Acquire: want ErrLocked, got %v", err)
	}
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	if err := first.Release(); err != nil {
		t.Fatalf("second Release: %v", err)
	}
	again, err := Acquire(l)
	if err != nil {
		t.Fatalf("Acquire after Release: %v", err)
	}
	again.Release()
}

func TestInstanceRoundTrip(t *testing.T) {
	l, err := Prepare(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	in := Instance{PID: 4312, Mode: "headless", URL: "http://127.0.0.1:41740/", Version: "1.0.0",
		StartedAt: time.Date(2026, 11, 21, 22, 30, 0, 0, time.Local)}
	if err := WriteInstance(l, in); err != nil {
		t.Fatal(err)
	}
	got, err := ReadInstance(l)
	if err != nil {
		t.Fatal(err)
	}
	if got.PID != in.PID || got.URL != in.URL || !got.StartedAt.Equal(in.StartedAt) {
		t.Fatalf("got %+v, want %+v", got, in)
	}
	if d := got.Describe(); !strings.Contains(d, "process 4312") || !strings.Contains(d, "headless") || !strings.Contains(d, "21 Nov 22:30") {
		t.Errorf("Describe = %q", d)
	}
	RemoveInstance(l)
	if _, err := ReadInstance(l); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("after Remove: %v", err)
	}
	if err := os.WriteFile(l.InstanceFile(), []byte("{half"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadInstance(l); err == nil {
		t.Fatal("garbage instance file read without error")
	}
}

func TestTokenCreatedOncePrivateAndRepaired(t *testing.T) {
	l, err := Prepare(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	first, err := LoadOrCreateToken(l)
	if err != nil || !first.Created || len(first.Token) != 64 {
		t.Fatalf("first: %+v %v", first, err)
	}
	fi, err := os.Stat(l.TokenFile())
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("token file mode: %v %v", fi.Mode().Perm(), err)
	}
	second, err := LoadOrCreateToken(l)
	if err != nil || second.Created || second.Token != first.Token {
		t.Fatalf("second start changed the token: %+v %v", second, err)
	}

	if err := os.Chmod(l.TokenFile(), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := LoadOrCreateToken(l)
	if err != nil || res.Token != first.Token || !strings.Contains(res.Repaired, "now private") {
		t.Fatalf("open permissions not repaired: %+v %v", res, err)
	}
	if fi, _ := os.Stat(l.TokenFile()); fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode after repair %v", fi.Mode().Perm())
	}

	if err := os.WriteFile(l.TokenFile(), []byte("not a token"), 0o600); err != nil {
		t.Fatal(err)
	}
	res, err = LoadOrCreateToken(l)
	if err != nil || !res.Created || res.Token == first.Token || res.Repaired == "" {
		t.Fatalf("garbage token file not replaced: %+v %v", res, err)
	}
}

func TestTokensEqual(t *testing.T) {
	if !TokensEqual("abc", "abc") || TokensEqual("abc", "abd") || TokensEqual("", "abc") || TokensEqual("abcd", "abc") {
		t.Fatal("TokensEqual is wrong")
	}
}

func TestDefaultIsAbsolute(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/tmp/xdg-test")
	d, err := Default()
	if err != nil || d != "/tmp/xdg-test/joblink" {
		t.Fatalf("Default = %q, %v", d, err)
	}
}
