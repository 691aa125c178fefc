package store

import (
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/rs/zerolog"
)

// A full disk must not crash Joblink. Badger writes its log, value log and new tables through
// memory maps of files it extends without reserving the blocks; when the disk fills, a write
// into such a map is not an error but SIGBUS, and the process dies with nothing logged. So the
// store refuses writes while less than the reserve is free, with the disk-full words, and keeps
// answering reads; backups are not started unless they fit beside the reserve.

// diskCheckEvery bounds how often free space is asked of the system while there is plenty.
const diskCheckEvery = time.Second

// writeReserve is the free space the database needs to write safely: the memory tables' logs
// and value log files Badger may create or fill (each preallocated to twice its size), plus the
// tables a flush and a compaction write.
func writeReserve(dir string) uint64 {
	o := badgerOptions(dir, zerolog.Nop())
	return uint64(2*2*o.MemTableSize+2*2*o.ValueLogFileSize) + 32<<20
}

// spaceGate caches the last free-space reading per store.
type spaceGate struct {
	mu      sync.Mutex
	checked time.Time
	free    uint64
	err     error
}

var spaceGates sync.Map // *Store → *spaceGate

func (s *Store) spaceGate() *spaceGate {
	g, _ := spaceGates.LoadOrStore(s, &spaceGate{})
	return g.(*spaceGate)
}

// checkSpace returns a DiskFull *OpenError when the database's disk has less than the reserve
// free. Plenty of space is trusted for diskCheckEvery; a low reading is checked on every call,
// so writing resumes as soon as space is freed.
func (s *Store) checkSpace() error {
	reserve := writeReserve(s.opts.Dir)
	g := s.spaceGate()
	g.mu.Lock()
	defer g.mu.Unlock()
	if time.Since(g.checked) < diskCheckEvery && g.err == nil && g.free >= 2*reserve {
		return nil
	}
	g.free, g.err = freeBytes(s.opts.Dir)
	g.checked = time.Now()
	if g.err != nil {
		return nil // cannot tell: let the write try
	}
	if g.free < reserve {
		return diskFullError(s.opts.Dir, g.free, reserve, "save anything new")
	}
	return nil
}

// checkBackupSpace refuses a backup that would leave the database's disk below the reserve
// (the backup is at most the size of the data; usually far less, compressed).
func (s *Store) checkBackupSpace() error {
	need := uint64(dataSize(s.opts.Dir))
	free, err := freeBytes(filepath.Dir(filepath.Clean(s.opts.BackupDir)))
	if err != nil {
		return nil
	}
	dbFree, err := freeBytes(s.opts.Dir)
	if err == nil && sameDisk(free, dbFree) {
		need += writeReserve(s.opts.Dir)
	}
	if free < need {
		return diskFullError(s.opts.BackupDir, free, need, "take a backup")
	}
	return nil
}

// sameDisk guesses that two free-space readings taken together come from one file system.
func sameDisk(a, b uint64) bool {
	d := int64(a) - int64(b)
	return d > -(1<<20) && d < 1<<20
}

func diskFullError(dir string, free, need uint64, what string) *OpenError {
	return &OpenError{
		Kind:    DiskFull,
		Path:    dir,
		Message: fmt.Sprintf("The disk holding %s is full (%s free; Joblink needs at least %s free to %s safely). Nothing was lost; Joblink keeps showing what it has but saves nothing new until there is room.", dir, megabytes(free), megabytes(need), what),
		Fix:     "Free some space on that disk (empty the Recycle Bin, move or delete large files you no longer need), then try again.",
		Err:     fmt.Errorf("%d bytes free, %d needed", free, need),
	}
}

func megabytes(n uint64) string {
	return fmt.Sprintf("%d MB", n>>20)
}
