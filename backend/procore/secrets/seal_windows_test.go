//go:build windows

package secrets

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/windows"
)

// The real DPAPI (Wine's crypt32 under make test-windows): the file names its scheme, holds no
// plain text, opens again for the same user, and refuses a blob that was sealed without
// Joblink's entropy or that was altered.

func TestDPAPISealedFile(t *testing.T) {
	f := NewFile(filepath.Join(t.TempDir(), "procore-token"))
	secret := []byte(`{"access_token":"at-4f1c9e","refresh_token":"rt-77d0a2"}`)
	if err := f.Write(secret); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(f.Path())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte(magic+"dpapi-user\n")) {
		t.Fatalf("header: %q", raw[:min(len(raw), 40)])
	}
	for _, plain := range []string{"at-4f1c9e", "rt-77d0a2", "access_token"} {
		if bytes.Contains(raw, []byte(plain)) || bytes.Contains(raw, utf16le(plain)) {
			t.Errorf("the sealed file shows %q", plain)
		}
	}
	got, err := f.Read()
	if err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("Read = %q, %v", got, err)
	}

	// Altered: one byte of the DPAPI blob flipped.
	altered := append([]byte(nil), raw...)
	altered[len(altered)-5] ^= 0x55
	if err := os.WriteFile(f.Path(), altered, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Read(); err == nil || !strings.Contains(err.Error(), "unseal") {
		t.Errorf("an altered blob was opened: %v", err)
	}
}

func TestDPAPIBlobWithoutJoblinkEntropyIsRefused(t *testing.T) {
	plain := []byte("sealed by another program of the same user")
	var out windows.DataBlob
	if err := windows.CryptProtectData(blob(plain), nil, nil, 0, nil, windows.CRYPTPROTECT_UI_FORBIDDEN, &out); err != nil {
		t.Fatal(err)
	}
	if _, err := (dpapiSealer{}).open(takeBlob(&out)); err == nil {
		t.Fatal("a blob sealed without Joblink's entropy was opened")
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), 0)
	}
	return b
}
