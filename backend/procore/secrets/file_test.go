package secrets

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWriteReadRemove(t *testing.T) {
	f := NewFile(filepath.Join(t.TempDir(), "sub", "procore-token"))
	if _, err := f.Read(); !errors.Is(err, ErrNotFound) {
		t.Fatalf("empty Read: want ErrNotFound, got %v", err)
	}
	secret := []byte(`{"refresh_token":"r-123456789"}`)
	if err := f.Write(secret); err != nil {
		t.Fatal(err)
	}
	got, err := f.Read()
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("Read = %q, %v", got, err)
	}
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(f.Path())
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("mode %v, want 0600", fi.Mode().Perm())
		}
	}
	if err := f.Remove(); err != nil {
		t.Fatal(err)
	}
	if err := f.Remove(); err != nil {
		t.Fatalf("second Remove: %v", err)
	}
	if _, err := f.Read(); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Read after Remove: %v", err)
	}
}

// xorSealer stands in for DPAPI so the framing and scheme checks that the Windows build relies
// on are exercised on every platform.
type xorSealer struct{}

func (xorSealer) scheme() string { return "test-xor" }
func (xorSealer) seal(p []byte) ([]byte, error) {
	out := make([]byte, len(p))
	for i, b := range p {
		out[i] = b ^ 0x5a
	}
	return out, nil
}
func (s xorSealer) open(p []byte) ([]byte, error) { return s.seal(p) }

func TestSealedFileNeverHoldsPlainText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tok")
	f := &File{path: path, seal: xorSealer{}}
	secret := []byte("refresh-token-abcdef")
	if err := f.Write(secret); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if bytes.Contains(raw, secret) {
		t.Fatal("sealed file contains the plain secret")
	}
	got, err := f.Read()
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("Read = %q, %v", got, err)
	}
	// A file sealed one way is refused by another sealer instead of being misread.
	if _, err := NewFile(path).Read(); err == nil && runtime.GOOS != "windows" {
		t.Fatal("plain sealer opened a xor-sealed file")
	}
}

func TestRefusesForeignFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tok")
	if err := os.WriteFile(path, []byte("access_token=plain"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := NewFile(path).Read(); err == nil {
		t.Fatal("read a file without the header")
	}
	if _, _, err := unframe([]byte(magic + "no-newline")); err == nil {
		t.Fatal("unframe accepted a header without a newline")
	}
}
