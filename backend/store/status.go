package store

import (
	"io/fs"
	"path/filepath"
	"time"
)

// Status is a snapshot for the settings/diagnostics screen.
type Status struct {
	Path          string
	SchemaVersion int
	SizeBytes     int64     // LSM tables plus value log, bytes actually used on disk where the OS says so
	LastBackupAt  time.Time // zero if there is no backup
	BackupDir     string
	BackupCount   int
	// Damage is set once the database was found damaged while running (see Store.Damage):
	// its Message and Fix are for the bookkeeper, and reads and writes are refused.
	Damage *OpenError
	// DiskFull is set while the database's disk has less free space than writing needs (see
	// checkSpace): writes are refused with its words, reads go on.
	DiskFull *OpenError
}

// Status reports where the database is, how big it is and the state of the
// backups. It reads the folders on each call.
func (s *Store) Status() Status {
	st := Status{
		Path:          s.opts.Dir,
		SchemaVersion: s.version,
		SizeBytes:     dataSize(s.opts.Dir),
		BackupDir:     s.opts.BackupDir,
		Damage:        s.Damage(),
	}
	if full, ok := s.checkSpace().(*OpenError); ok {
		st.DiskFull = full
	}
	if backups, err := ListBackups(s.opts.BackupDir); err == nil && len(backups) > 0 {
		st.LastBackupAt = backups[0].Taken
		st.BackupCount = len(backups)
	}
	return st
}

// dataSize adds up the .sst and .vlog files in dir. (Badger's own Size()
// needs metrics, which are off.) The open value log is preallocated to
// twice ValueLogFileSize, so on systems that report allocated blocks the
// smaller of allocated and apparent size is used.
func dataSize(dir string) int64 {
	var total int64
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if path != dir {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".sst", ".vlog":
			if info, err := d.Info(); err == nil {
				total += diskSize(info)
			}
		}
		return nil
	})
	return total
}
