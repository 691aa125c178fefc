package datadir

import (
	"os"
	"path/filepath"
)

// WriteFileAtomic replaces the file at path with data, so that a reader (or a crash) sees the
// old file or the new one, never a part: data goes to a temporary file beside it, which is
// synced and then renamed over path. perm is set before any byte is written, so a secret is
// never readable by others, not even for a moment.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
