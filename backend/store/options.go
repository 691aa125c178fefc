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
// (measured by the engine's BenchmarkEngineAt100k, 100,000 items stored, 30,000 exported).
//
//   - A table builder holds a table's blocks uncompressed plus a compression buffer each, in
//     an allocator that doubles, and Badger pools up to 8 of those allocators without ever
//     shrinking them: each one ends the size of the largest table it built. ZSTD shrinks these
//     records 5 to 10 times, and BaseTableSize counts compressed bytes, so the default 2 MB
//     tables made ~50 MB allocators (over 200 MB pooled).
//   - With 256 KB tables and 4 MB memory tables, a compaction's table and a memory table's
//     flush each need ~7.5 MB, so the pool holds ~60 MB (measured). Smaller sizes save little
//     more: more small builders run at once, each with Badger's 3 MB index buffer, and
//     MemTableSize also sets Badger's transaction limit (15 %: 629 KB and 6,553 entries at
//     4 MB). Bulk writers halve a batch Badger finds too big (the engine's inChunks, the
//     QuickBooks mirror's inBatches).
//   - One memory table waiting for its flush besides the one written (NumMemtables 1): each
//     costs MemTableSize plus Badger's batch margin.
//   - Five level-0 tables before compacting them into level 1: each such compaction rewrites
//     the whole of level 1 (the items' keys are spread over it), so waiting for five instead
//     of two rewrites it less often for the same writes.
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
// Measured and not taken (the engine's benchmark, one run each unless a range is given, on a
// shared 2-core machine; this profile peaks at 222–238 MB, ~170 of it anonymous memory and ~55
// mapped files, at 0.34–0.39 ms of CPU per exported item):
//   - No compression: the builders shrink to their tables' size (anonymous 130 MB), but the
//     tables are three times larger (data 227 MB instead of 77) and Badger maps them: peak
//     314 MB, 182 of it mapped files.
//   - ValueThreshold 128 bytes: the tables and builders hold keys and pointers only, but
//     Badger maps the value log, which grows with every rewrite of an item: peak 299 MB
//     (131 MB of mapped value log), data 267 MB.
//   - 1 KB blocks: ZSTD compresses small blocks worse: peak 348 MB, data 152 MB.
//   - 1 MB memory tables, 64 KB tables and 20 level-0 tables before compacting (30 to stall):
//     peak 161–174 MB (155 with GOGC 30), but 0.51–0.54 ms of CPU per item: reads search up
//     to 20 level-0 tables, level 1 is rewritten more often, and bulk writes meet Badger's
//     157 KB transaction limit (361 halved chunks in the export). 2 MB / 64 KB / 10: 188 MB
//     at 0.57 ms. Smaller memory tables with five level-0 tables cost more still (1 MB and
//     64 KB: 184 MB at 1.1 ms). 64 or 128 KB tables with 4 MB memory tables, or a 4 MB block
//     cache: no lower (219–226 MB), because a memory table's flush then grows the pooled
//     allocators instead.
//   - One compactor: Badger refuses to open with fewer than two.
//   - 2 MB memory tables, 128 KB tables at every level (TableSizeMultiplier 1, instead of
//     tables twice as large each level down), 8 level-0 tables before compacting (20 to
//     stall), GOGC 20: peak 130–142 MB, the only profile found under 150 MB, but the
//     cost-code export's engine CPU per item at 50,000 doubles (0.24 ms against 0.12) and its
//     ratio to 1,000 is 1.56 (target 1.5), and the first message set after 30,000 are queued
//     takes 50–130 ms while the queueing's flushes are compacted (30 ms once they are done).
//     Measured the same way (QuickBooks in another process, a heap profile at the peak): a
//     table builder's allocator holds its table's blocks twice over, uncompressed and in a
//     compression buffer of the block's worst-case size, so the allocators follow the
//     uncompressed size of memory tables and tables, not the compressed size on disk.
func badgerOptions(dir string, log zerolog.Logger) badger.Options {
	return badger.DefaultOptions(dir).
		WithMemTableSize(4 << 20).
		WithNumMemtables(1).
		WithNumLevelZeroTables(5).
		WithNumLevelZeroTablesStall(12).
		WithBaseTableSize(256 << 10).
		WithValueLogFileSize(16 << 20).
		WithValueThreshold(1 << 10).
		WithBlockCacheSize(8 << 20).
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
