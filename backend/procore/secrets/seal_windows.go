//go:build windows

package secrets

import (
	"fmt"
	"unsafe"

	"golang.org/x/sys/windows"
)

func platformSealer() sealer { return dpapiSealer{} }

// dpapiSealer seals with DPAPI in the current user's scope (no CRYPTPROTECT_LOCAL_MACHINE):
// another Windows account on the same PC cannot unseal the token, and neither can anyone who
// copies the file to another machine.
type dpapiSealer struct{}

// entropy is mixed into the seal so that other programs running as the same user cannot
// unseal the blob by calling CryptUnprotectData without knowing it. It is not a secret in the
// cryptographic sense, only a purpose label.
var entropy = []byte("joblink procore oauth tokens v1")

func (dpapiSealer) scheme() string { return "dpapi-user" }

func (dpapiSealer) seal(plain []byte) ([]byte, error) {
	var out windows.DataBlob
	err := windows.CryptProtectData(blob(plain), nil, blob(entropy), 0, nil, windows.CRYPTPROTECT_UI_FORBIDDEN, &out)
	if err != nil {
		return nil, fmt.Errorf("CryptProtectData: %w", err)
	}
	return takeBlob(&out), nil
}

func (dpapiSealer) open(sealed []byte) ([]byte, error) {
	var out windows.DataBlob
	err := windows.CryptUnprotectData(blob(sealed), nil, blob(entropy), 0, nil, windows.CRYPTPROTECT_UI_FORBIDDEN, &out)
	if err != nil {
		return nil, fmt.Errorf("CryptUnprotectData (was the file made by another Windows user or PC?): %w", err)
	}
	return takeBlob(&out), nil
}

func blob(b []byte) *windows.DataBlob {
	if len(b) == 0 {
		return &windows.DataBlob{}
	}
	return &windows.DataBlob{Size: uint32(len(b)), Data: &b[0]}
}

// takeBlob copies a DPAPI output into Go memory and frees the LocalAlloc'd original.
func takeBlob(b *windows.DataBlob) []byte {
	if b.Data == nil {
		return nil
	}
	defer windows.LocalFree(windows.Handle(unsafe.Pointer(b.Data)))
	return append([]byte(nil), unsafe.Slice(b.Data, b.Size)...)
}
