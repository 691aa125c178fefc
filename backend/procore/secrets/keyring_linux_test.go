//go:build linux

package secrets

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"
)

// useMockKeyring stands in go-keyring's in-memory keyring for the Secret Service, as a desktop
// session would offer it (CI has no desktop session).
func useMockKeyring(t *testing.T, err error) {
	t.Helper()
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent-test-bus")
	if err != nil {
		keyring.MockInitWithError(err)
	} else {
		keyring.MockInit()
	}
}

// TestKeyringKeepsTheKeyAndTheFileOnlyCiphertext: with a desktop keyring, the file holds no
// secret byte — only AES-GCM ciphertext under a key kept in the keyring — and without that key
// the file opens to nothing; Remove takes the key away too.
func TestKeyringKeepsTheKeyAndTheFileOnlyCiphertext(t *testing.T) {
	useMockKeyring(t, nil)
	f := NewFile(filepath.Join(t.TempDir(), "procore-token"))
	secret := []byte(`{"refresh_token":"r-123456789","access_token":"a-987654321"}`)
	if err := f.Write(secret); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(f.Path())
	if !bytes.HasPrefix(raw, []byte(magic+keyringScheme+"\n")) || bytes.Contains(raw, []byte("r-123456789")) || bytes.Contains(raw, []byte("a-987654321")) {
		t.Fatalf("the file is not ciphertext under the keyring's key: %q", raw)
	}
	if !strings.Contains(f.Protection(), "desktop keyring") {
		t.Fatalf("protection: %q", f.Protection())
	}
	if got, err := NewFile(f.Path()).Read(); err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("read back: %q %v", got, err)
	}
	abs, _ := filepath.Abs(f.Path())
	if _, err := keyring.Get(keyringService, abs); err != nil {
		t.Fatalf("no key in the keyring: %v", err)
	}

	// The file copied elsewhere (another path, so another item) does not open.
	copied := filepath.Join(t.TempDir(), "procore-token")
	os.WriteFile(copied, raw, 0o600)
	if _, err := NewFile(copied).Read(); err == nil || !strings.Contains(err.Error(), "no key") {
		t.Fatalf("a copy opened: %v", err)
	}
	// A changed byte is found.
	raw[len(raw)-1] ^= 1
	os.WriteFile(f.Path(), raw, 0o600)
	if _, err := NewFile(f.Path()).Read(); err == nil {
		t.Fatal("a changed file opened")
	}
	if err := f.Remove(); err != nil {
		t.Fatal(err)
	}
	if _, err := keyring.Get(keyringService, abs); !errors.Is(err, keyring.ErrNotFound) {
		t.Fatalf("the key outlived the file: %v", err)
	}
}

// TestWithoutKeyringTheFileIsPrivateAndSaysSo: where no keyring answers, the secret goes to a
// 0600 file, Protection says why, and the file is still read once a keyring answers.
func TestWithoutKeyringTheFileIsPrivateAndSaysSo(t *testing.T) {
	useMockKeyring(t, errors.New("The name org.freedesktop.secrets was not provided by any .service files"))
	path := filepath.Join(t.TempDir(), "procore-app")
	f := NewFile(path)
	if err := f.Write([]byte("client-secret-1")); err != nil {
		t.Fatal(err)
	}
	if p := f.Protection(); !strings.Contains(p, "only this user can read") || !strings.Contains(p, "org.freedesktop.secrets") {
		t.Fatalf("protection: %q", p)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v", fi.Mode().Perm())
	}
	useMockKeyring(t, nil)
	if got, err := NewFile(path).Read(); err != nil || string(got) != "client-secret-1" {
		t.Fatalf("the 0600 file once a keyring answers: %q %v", got, err)
	}

	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	if p := NewFile(path).Protection(); !strings.Contains(p, "DBUS_SESSION_BUS_ADDRESS") {
		t.Fatalf("without a session bus: %q", p)
	}
}

// TestWithoutSessionBusNoBusIsLaunched: with no desktop session, writing, reading and removing
// never ask D-Bus (which would launch a bus daemon left running after Joblink). The mock
// keyring records whether it was asked: an item left in it must still be there.
func TestWithoutSessionBusNoBusIsLaunched(t *testing.T) {
	keyring.MockInit()
	path := filepath.Join(t.TempDir(), "procore-token")
	abs, _ := filepath.Abs(path)
	if err := keyring.Set(keyringService, abs, "left by an earlier desktop session"); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	f := NewFile(path)
	if err := f.Write([]byte("secret")); err != nil {
		t.Fatal(err)
	}
	if got, err := f.Read(); err != nil || string(got) != "secret" {
		t.Fatalf("read: %q %v", got, err)
	}
	if err := f.Remove(); err != nil {
		t.Fatal(err)
	}
	if v, err := keyring.Get(keyringService, abs); err != nil || v != "left by an earlier desktop session" {
		t.Fatalf("the keyring was asked without a session bus: %q %v", v, err)
	}
}

// TestKeyringFileWithoutSessionSaysSo: a file written with the keyring, read where no desktop
// session answers, is refused in words without asking D-Bus.
func TestKeyringFileWithoutSessionSaysSo(t *testing.T) {
	useMockKeyring(t, nil)
	path := filepath.Join(t.TempDir(), "procore-token")
	if err := NewFile(path).Write([]byte("secret")); err != nil {
		t.Fatal(err)
	}
	keyring.MockInitWithError(errors.New("the keyring was asked"))
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	_, err := NewFile(path).Read()
	if err == nil || !strings.Contains(err.Error(), "does not answer now") || strings.Contains(err.Error(), "was asked") {
		t.Fatalf("read without a session: %v", err)
	}
}
