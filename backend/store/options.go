package store

import (
	"path/filepath"
	"time"

	"github.com/dgraph-io/badger/v4"
	badgeropts "github.com/dgraph-io/badger/v4/options"
	"github.com/rs/zerolog"
)

// Defaults applied by Open for zero-valued Options fields.
const (
	DefaultBackupEvery = 24 * time.Hour
	DefaultBackupKeep  = 14
	DefaultGCEvery     = 10 * time.Minute

	// backupCheckEvery is the longest interval between two checks of
	// whether a scheduled backup is due.
	backupCheckEvery = time.Hour
	// gcDiscardRatio is passed to RunValueLogGC.
	gcDiscardRatio = 0.5
)

// Options configures Open.
type Options struct {
	Dir string // the Badger folder, e.g. DATA/db
	// BackupDir receives the automatic and manual backups, e.g. DATA/backups.
	// Empty means a "backups" folder next to Dir.
	BackupDir string
	// BackupEvery is the automatic backup interval (default 24h). A negative
	// value turns automatic backups off; BackupNow still works.
	BackupEvery time.Duration
	// BackupKeep is how many backup files to keep (default 14).
	BackupKeep int
	// GCEvery is the value-log GC interval (default 10m). A negative value
	// turns the periodic GC off.
	GCEvery time.Duration
	Logger  zerolog.Logger
	// Migrations overrides the built-in migration list (tests only).
	Migrations []Migration
	// DescribeHolder, if set, is called when the database is locked by
	// another process and returns words naming that other Joblink instance
	// (e.g. "Joblink (process 4312, headless, started 21 Nov 22:30)").
	DescribeHolder func() string
}

// withDefaults returns a copy of o with zero values replaced by defaults.
func (o Options) withDefaults() Options {
	if o.BackupDir == "" && o.Dir != "" {
		o.BackupDir = filepath.Join(filepath.Dir(filepath.Clean(o.Dir)), "backups")
	}
	if o.BackupEvery == 0 {
		o.BackupEvery = DefaultBackupEvery
	}
	if o.BackupKeep <= 0 {
		o.BackupKeep = DefaultBackupKeep
	}
	if o.GCEvery == 0 {
		o.GCEvery = DefaultGCEvery
	}
	if o.Migrations == nil {
		o.Migrations = builtinMigrations
	}
	return o
}

// badgerOptions is the small-memory profile from the desktop stack
// reference (§4.1): about 20 MB RSS for a small database, small
// preallocated files, ZSTD compression and synchronous writes because the
// data is accounting data.
func badgerOptions(dir string, log zerolog.Logger) badger.Options {
	return badger.DefaultOptions(dir).
		WithMemTableSize(8 << 20).
		WithNumMemtables(2).
		WithNumLevelZeroTables(2).
		WithNumLevelZeroTablesStall(4).
		WithValueLogFileSize(16 << 20).
		WithValueThreshold(1 << 10).
		WithBlockCacheSize(8 << 20).
		WithIndexCacheSize(8 << 20).
		WithNumCompactors(2).
		WithCompression(badgeropts.ZSTD).
		WithSyncWrites(true).
		// Check block and value checksums on read: damaged data then shows
		// up as errors in the log instead of silently wrong results.
		WithChecksumVerificationMode(badgeropts.OnBlockRead).
		WithVerifyValueChecksum(true).
		WithMetricsEnabled(false).
		WithLogger(badgerLogger{log: log.With().Str("component", "badger").Logger()})
}
