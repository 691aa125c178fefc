package datadir

import (
	"errors"
	"fmt"
	"os"
)

// ErrLocked means another process holds the data folder's instance lock.
var ErrLocked = errors.New("another Joblink is using this data folder")

// Lock is the single-instance lock on a data folder. The operating system releases it when the
// process dies, so a crash never leaves a stale lock behind.
type Lock struct {
	f *os.File
}

// Acquire takes the instance lock of the data folder without waiting. It returns ErrLocked when
// another process (or another Lock in this process) holds it.
func Acquire(l Layout) (*Lock, error) {
	f, err := os.OpenFile(l.LockFile(), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, explainWrite(l.LockFile(), err)
	}
	if err := lockFile(f); err != nil {
		f.Close()
		if errors.Is(err, errWouldBlock) {
			return nil, ErrLocked
		}
		return nil, fmt.Errorf("lock %s: %w", l.LockFile(), err)
	}
	return &Lock{f: f}, nil
}

// Release gives the lock up. It is safe to call more than once.
func (lk *Lock) Release() error {
	if lk == nil || lk.f == nil {
		return nil
	}
	unlockFile(lk.f)
	err := lk.f.Close()
	lk.f = nil
	return err
}
