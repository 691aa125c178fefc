package store

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"
)

// BackupFile is one backup in a backup folder.
type BackupFile struct {
	Path  string
	Taken time.Time // from the file name, local time, second precision
	Size  int64
}

const (
	backupTimeLayout = "20060102-150405"
	tempBackupGlob   = ".joblink-*.backup.tmp"
	// staleTempAge is how old an unfinished temporary backup must be
	// before it is removed as the leftover of a crash.
	staleTempAge = time.Hour
)

var backupNameRE = regexp.MustCompile(`^joblink-(\d{8}-\d{6})\.backup\.gz$`)

// backupName is the file name of a backup taken at t.
func backupName(t time.Time) string {
	return "joblink-" + t.Local().Format(backupTimeLayout) + ".backup.gz"
}

// parseBackupName returns the time encoded in a backup file name.
func parseBackupName(name string) (time.Time, bool) {
	m := backupNameRE.FindStringSubmatch(name)
	if m == nil {
		return time.Time{}, false
	}
	t, err := time.ParseInLocation(backupTimeLayout, m[1], time.Local)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// ListBackups returns the backups in backupDir, newest first. Only files
// named joblink-YYYYMMDD-HHMMSS.backup.gz count. A missing folder means no
// backups, not an error.
func ListBackups(backupDir string) ([]BackupFile, error) {
	entries, err := os.ReadDir(backupDir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups in %s: %w", backupDir, err)
	}
	var out []BackupFile
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		taken, ok := parseBackupName(e.Name())
		if !ok {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		out = append(out, BackupFile{Path: filepath.Join(backupDir, e.Name()), Taken: taken, Size: info.Size()})
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Taken.Equal(out[j].Taken) {
			return out[i].Taken.After(out[j].Taken)
		}
		return out[i].Path > out[j].Path
	})
	return out, nil
}

// BackupNow writes a full backup to BackupDir, applies the retention limit
// and returns the new file's path. It is serialised with the scheduled
// backups, and Close aborts a backup that is still running.
func (s *Store) BackupNow() (string, error) {
	s.backupMu.Lock()
	defer s.backupMu.Unlock()
	if s.ctx.Err() != nil {
		return "", errors.New("backup: the database is closed")
	}
	start := time.Now()
	if err := s.checkBackupSpace(); err != nil {
		s.log.Error().Err(err).Msg("no backup taken: the disk is full")
		return "", err
	}
	// A backup of damaged tables would silently lack keys and, through
	// retention, push out older good backups: refuse instead.
	// The damage is recorded, so the store refuses further use and the UI shows the fix.
	if err := s.VerifyTables(); err != nil {
		s.log.Error().Msg("no backup taken because the database is damaged; older backups kept")
		return "", fmt.Errorf("backup: the database has damaged blocks, so no backup was taken and older backups were kept: %w", err)
	}
	path, err := writeBackup(s.ctx, s.db, s.opts.BackupDir, start)
	if err != nil && s.ctx.Err() != nil {
		// Close stopped it (Joblink is stopping): nothing is wrong, the temporary file is gone
		// and the next start's scheduled backup takes it again.
		s.log.Info().Str("backup_dir", s.opts.BackupDir).Msg("backup stopped: Joblink is closing")
		return "", err
	}
	if err != nil {
		s.log.Error().Err(err).Str("backup_dir", s.opts.BackupDir).Msg("backup failed")
		return "", err
	}
	var size int64
	if fi, err := os.Stat(path); err == nil {
		size = fi.Size()
	}
	s.log.Info().Str("path", path).Int64("bytes", size).Dur("took", time.Since(start)).Msg("backup written")
	// The stream's buffer is garbage now; give the memory back to the OS rather than keeping
	// it resident in an app that idles in the tray all day.
	debug.FreeOSMemory()
	if err := pruneBackups(s.opts.BackupDir, s.opts.BackupKeep, s.log); err != nil {
		// The backup itself succeeded; old files just stay a bit longer.
		s.log.Warn().Err(err).Msg("removing old backups")
	}
	return path, nil
}

// writeBackup streams a full backup of db into a temporary file in dir and
// renames it to its final name only after it has been written and synced,
// so a crash never leaves a partial file under a backup name.
func writeBackup(ctx context.Context, db *badger.DB, dir string, now time.Time) (path string, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("backup: create folder %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, tempBackupGlob)
	if err != nil {
		return "", fmt.Errorf("backup: create temporary file in %s: %w", dir, err)
	}
	tmpName := tmp.Name()
	committed := false
	defer func() {
		if !committed {
			_ = tmp.Close()
			_ = os.Remove(tmpName)
		}
	}()

	bw := bufio.NewWriterSize(ctxWriter{ctx: ctx, w: tmp}, 256<<10)
	zw := gzip.NewWriter(bw)
	zw.Name = backupName(now)
	zw.Comment = "Joblink database backup (badger v4 stream)"
	zw.ModTime = now
	// One stream goroutine instead of Badger's default eight: each allocates a 32 MB buffer,
	// and a daily backup of a desktop-sized database gains nothing from parallel reads.
	stream := db.NewStream()
	stream.NumGo = 1
	stream.LogPrefix = "DB.Backup"
	if _, err := stream.Backup(zw, 0); err != nil {
		return "", fmt.Errorf("backup: stream database: %w", err)
	}
	if err := zw.Close(); err != nil {
		return "", fmt.Errorf("backup: finish compression: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return "", fmt.Errorf("backup: write %s: %w", tmpName, err)
	}
	if err := tmp.Sync(); err != nil {
		return "", fmt.Errorf("backup: sync %s: %w", tmpName, err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("backup: close %s: %w", tmpName, err)
	}
	final := filepath.Join(dir, backupName(now))
	if err := os.Rename(tmpName, final); err != nil {
		return "", fmt.Errorf("backup: rename to %s: %w", final, err)
	}
	committed = true
	syncDir(dir)
	return final, nil
}

// ctxWriter fails writes once ctx is done, which makes db.Backup stop.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, fmt.Errorf("backup aborted: %w", err)
	}
	return c.w.Write(p)
}

// syncDir makes a rename in dir durable where the OS supports it (on
// Windows opening a folder for sync fails and is not needed).
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}

// pruneBackups keeps the newest keep backups in dir and deletes older
// ones, plus temporary files left by a crash during a backup. Files that do
// not match the backup name pattern are never touched.
func pruneBackups(dir string, keep int, log zerolog.Logger) error {
	backups, err := ListBackups(dir)
	if err != nil {
		return err
	}
	var errs []error
	if keep > 0 && len(backups) > keep {
		for _, b := range backups[keep:] {
			if err := os.Remove(b.Path); err != nil && !errors.Is(err, os.ErrNotExist) {
				errs = append(errs, fmt.Errorf("remove old backup: %w", err))
				continue
			}
			log.Info().Str("path", b.Path).Time("taken", b.Taken).Msg("removed old backup")
		}
	}
	stale, _ := filepath.Glob(filepath.Join(dir, tempBackupGlob))
	for _, p := range stale {
		fi, err := os.Lstat(p)
		if err != nil || !fi.Mode().IsRegular() || time.Since(fi.ModTime()) < staleTempAge ||
			!strings.HasSuffix(p, ".backup.tmp") {
			continue
		}
		if err := os.Remove(p); err == nil {
			log.Info().Str("path", p).Msg("removed unfinished backup left by a crash")
		}
	}
	return errors.Join(errs...)
}
