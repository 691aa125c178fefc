package store

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
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

// badgerOptions is the small-memory profile from the desktop stack reference (§4.1): small
// preallocated files, ZSTD compression and synchronous writes because the data is accounting
// data. Its sizes are set for the peak, not the idle database: while a large export writes,
// Badger flushes memory tables and compacts, and that is when Joblink's memory peaks
// (measured by the engine's BenchmarkEngineAt100k, 100,000 items stored, 30,000 queued and
// exported; issue 11's target is 150 MB).
//
//   - A table builder holds a table's blocks uncompressed plus a compression buffer of each
//     block's worst-case size, in an allocator that doubles, and Badger pools up to 8 of those
//     allocators without ever shrinking them: each one ends the size of the largest table it
//     built. A memory table's flush builds one table of the whole memory table, and a
//     compaction builds tables of BaseTableSize counted in compressed bytes, which ZSTD makes
//     5 to 10 times smaller than the records. So the pooled allocators follow the memory
//     table's size and the uncompressed size of a table: with 4 MB memory tables and 256 KB
//     tables (twice as large each level down) they held ~60 MB and the peak was 184–204 MB.
//   - 2 MB memory tables and 128 KB tables at every level (TableSizeMultiplier 1) halve them:
//     peak 137–142 MB (three runs on a quiet 2-core machine, with the 4 MB block cache below).
//     The price is CPU: more, smaller flushes and compactions, 0.39–0.40 ms of the process's
//     CPU per exported item against 0.31–0.35; the cost-code export's engine CPU per item at
//     50,000 stays within 1.24–1.42 times its figure at 1,000 (target 1.5), vendors 30,000 to
//     3,000 1.21. Either size alone is not enough (4 MB and 128 KB: 178–189 MB; 2 MB and 256
//     KB: 192 MB).
//   - MemTableSize also sets Badger's transaction limit (15 %: 315 KB and 3,276 entries at
//     2 MB). Bulk writers halve a batch Badger finds too big (the engine's inChunks, the
//     QuickBooks mirror's inBatches).
//   - One memory table waiting for its flush besides the one written (NumMemtables 1): each
//     costs MemTableSize plus Badger's batch margin.
//   - Eight level-0 tables before compacting them into the base level (twenty stall writes):
//     each such compaction rewrites the whole base level (the items' keys are spread over
//     it), so waiting for more small tables rewrites it less often for the same writes (six,
//     with tables doubling each level down: 168 MB; ten: 163 MB).
//   - A 4 MB block cache instead of 8: 137–142 MB instead of 142–150, pages of 200 items still
//     3–7 ms (target 20).
//   - Level 0 is compacted when the database closes (CompactL0OnClose): otherwise the
//     level-0 tables a run leaves are compacted right after the next start, rewriting level 1
//     on both cores while the person opens the first pages. Measured (engine benchmark, 100,000
//     stored): pages of 200 read then took up to 25-50 ms instead of 3-6, the first message set
//     39-49 ms instead of 20-26; Close after exporting 30,000 takes 0.74 s instead of 0.56.
//   - The index cache only serves encrypted tables; Joblink's are not.
//   - Conflict detection stays on: Update retries a transaction that read a key another one
//     changed, and writers outside the engine's lock (the QuickBooks mirror, job costs, setup)
//     rely on it.
//
// Measured and not taken (the engine's benchmark, on a shared 2-core machine):
//   - No compression: the builders shrink to their tables' size, but the tables are three
//     times larger (data 227 MB instead of 77) and Badger maps them: peak 314 MB.
//   - Snappy: the same anonymous memory, more mapped (tables twice as large): 210 MB.
//   - ValueThreshold 128 bytes: Badger maps the value log, which grows with every rewrite of
//     an item: peak 299 MB, data 267 MB.
//   - 1 KB blocks: ZSTD compresses small blocks worse: peak 348 MB, data 152 MB.
//   - A smaller base level (1 or 2 MB instead of 10): more compactions at once, 192–248 MB.
//   - 1 MB or 1.5 MB memory tables: no lower (162–192 MB) and up to 0.5 ms of CPU per item:
//     bulk writes meet a transaction limit of 157 KB.
//   - One compactor: Badger refuses to open with fewer than two.
//   - GOGC 20 (see gcPercent) with this profile: 135 MB, but the cost-code export's ratio of
//     CPU per item, 50,000 to 1,000, reaches 1.55 (target 1.5).
func badgerOptions(dir string, log zerolog.Logger) badger.Options {
	o := badger.DefaultOptions(dir).
		WithMemTableSize(2 << 20).
		WithNumMemtables(1).
		WithNumLevelZeroTables(8).
		WithNumLevelZeroTablesStall(20).
		WithBaseTableSize(128 << 10).
		WithValueLogFileSize(16 << 20).
		WithValueThreshold(1 << 10).
		WithBlockCacheSize(4 << 20).
		WithIndexCacheSize(0).
		WithNumCompactors(2).
		WithCompactL0OnClose(true).
		WithCompression(badgeropts.ZSTD).
		WithSyncWrites(true).
		// Check block and value checksums on read: damaged data then shows
		// up as errors in the log instead of silently wrong results.
		WithChecksumVerificationMode(badgeropts.OnBlockRead).
		WithVerifyValueChecksum(true).
		WithMetricsEnabled(false).
		WithLogger(badgerLogger{log: log.With().Str("component", "badger").Logger()})
	o.TableSizeMultiplier = 1 // Badger has no With… for it
	return o
}

// gcPercent is the garbage collector's target that Open sets for the process unless GOGC is
// given: the heap may grow to 1.3 times what is live before a collection, not twice. During a
// large export most of what is allocated is short-lived (Badger's table indexes, decompressed
// blocks, the engine's encoded items); with 100,000 items stored and 30,000 exported about
// 110 MB is live at the peak, most of it Badger's table builders during compactions. Measured
// on that export: peak 290 MB at Go's default, 222–238 MB at 50 (0.34–0.39 ms of CPU per
// item), 196–217 MB at 30 (0.35–0.40 ms), 204 MB at 20; the cost stays proportional as stores
// grow (50,000 cost codes exported at 1.0x the engine thread's CPU per item of 1,000 at 30).
// A soft memory limit (debug.SetMemoryLimit) was tried instead: 160 MiB gave 210 MB, but a
// process whose live memory nears the limit (the Vendors view of 30,000 companies keeps
// ~150 MB) then collects without pause: that 50,000-code export cost 2.0x the CPU per item of
// 1,000. GOGC 10 lowers the peak to 158–170 MB at the same CPU per item in that export, whose
// heap is mostly Badger's byte buffers (not scanned), but the 50,000-code export, whose heap
// holds pointers, then costs 1.97x the engine thread's CPU per item of 1,000 (target 1.5).
// GOMEMLIMIT still works for whoever wants a limit.
const gcPercent = 30

var gcOnce sync.Once

// tuneGC sets gcPercent once per process, unless the environment set GOGC.
func tuneGC() {
	gcOnce.Do(func() {
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(gcPercent)
		}
	})
}
