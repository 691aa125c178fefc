package secrets

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"joblink/backend/datadir"
)

// ErrNotFound means no secret has been saved in the file yet.
var ErrNotFound = errors.New("no secret saved")

// File is one secret kept in one file. The zero value is not usable; use NewFile.
type File struct {
	path string
	seal sealer
}

// sealer turns plain bytes into what is stored on disk and back.
type sealer interface {
	scheme() string // written in the file header so a file sealed one way is never opened another
	seal(plain []byte) ([]byte, error)
	open(sealed []byte) ([]byte, error)
}

// pathSealer, where set (Linux: the desktop keyring), makes the sealer for one file.
var pathSealer func(path string) sealer

// NewFile returns the secret file at path, sealed the best way this operating system offers.
func NewFile(path string) *File {
	if pathSealer != nil {
		return &File{path: path, seal: pathSealer(path)}
	}
	return &File{path: path, seal: platformSealer()}
}

// Protection says in words how the secret is kept on this computer (for the log).
func (f *File) Protection() string {
	if p, ok := f.seal.(interface{ protection() string }); ok {
		return p.protection()
	}
	return "sealed with " + f.seal.scheme()
}

// Path is where the secret lives.
func (f *File) Path() string { return f.path }

// Write seals data and replaces the file atomically (temp file, fsync, rename), so a crash
// mid-write leaves either the old secret or the new one, never half of each. That matters for
// rotating refresh tokens: losing the file means the user has to sign in again.
func (f *File) Write(data []byte) error {
	sealed, err := f.seal.seal(data)
	if err != nil {
		return fmt.Errorf("seal secret for %s: %w", f.path, err)
	}
	if err := os.MkdirAll(filepath.Dir(f.path), 0o700); err != nil {
		return fmt.Errorf("create folder for %s: %w", f.path, err)
	}
	if err := datadir.WriteFileAtomic(f.path, frame(f.seal.scheme(), sealed), 0o600); err != nil {
		return fmt.Errorf("write secret file %s: %w", f.path, err)
	}
	return nil
}

// Read returns the secret, or ErrNotFound when none was saved.
func (f *File) Read() ([]byte, error) {
	raw, err := os.ReadFile(f.path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("read secret file %s: %w", f.path, err)
	}
	scheme, sealed, err := unframe(raw)
	if err != nil {
		return nil, fmt.Errorf("read secret file %s: %w", f.path, err)
	}
	// A sealer may read more than the scheme it writes (Linux: a file written while the desktop
	// keyring did not answer).
	multi, isMulti := f.seal.(interface {
		accepts(scheme string) bool
		openScheme(scheme string, sealed []byte) ([]byte, error)
	})
	if isMulti && !multi.accepts(scheme) || !isMulti && scheme != f.seal.scheme() {
		return nil, fmt.Errorf("read secret file %s: it was sealed with %q, this system uses %q", f.path, scheme, f.seal.scheme())
	}
	var plain []byte
	if isMulti {
		plain, err = multi.openScheme(scheme, sealed)
	} else {
		plain, err = f.seal.open(sealed)
	}
	if err != nil {
		return nil, fmt.Errorf("unseal secret file %s: %w", f.path, err)
	}
	return plain, nil
}

// Remove deletes the secret; removing a secret that is not there is not an error.
func (f *File) Remove() error {
	if err := os.Remove(f.path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove secret file %s: %w", f.path, err)
	}
	if k, ok := f.seal.(interface{ forget() error }); ok {
		return k.forget()
	}
	return nil
}
