//go:build linux

package secrets

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zalando/go-keyring"
)

// TestRealSecretService runs against a real Secret Service when one is given
// (JOBLINK_TEST_SECRET_SERVICE=1 inside a desktop session, or a session made with
// dbus-run-session and an unlocked gnome-keyring-daemon); CI has none, so it is skipped there.
func TestRealSecretService(t *testing.T) {
	if os.Getenv("JOBLINK_TEST_SECRET_SERVICE") != "1" || os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Skip("needs a desktop session with a Secret Service (JOBLINK_TEST_SECRET_SERVICE=1)")
	}
	f := NewFile(filepath.Join(t.TempDir(), "procore-token"))
	if p := f.Protection(); !strings.Contains(p, "desktop keyring") {
		t.Fatalf("the Secret Service is not used: %s", p)
	}
	secret := []byte(`{"refresh_token":"r-real-service"}`)
	if err := f.Write(secret); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(f.Path())
	if bytes.Contains(raw, []byte("r-real-service")) {
		t.Fatal("plain text in the file")
	}
	if got, err := NewFile(f.Path()).Read(); err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("read back: %q %v", got, err)
	}
	abs, _ := filepath.Abs(f.Path())
	if err := f.Remove(); err != nil {
		t.Fatal(err)
	}
	if _, err := keyring.Get(keyringService, abs); err != keyring.ErrNotFound {
		t.Fatalf("the key is still in the keyring: %v", err)
	}
}
