// Package store is Joblink's local database.
//
// It wraps one Badger v4 database (normally DATA/db) that holds everything
// Joblink keeps on the bookkeeper's machine: Procore ↔ QuickBooks mappings,
// the sync queue, mirrored records, sync history and settings. The package
// owns the life cycle of that database and nothing about its content beyond
// the schema stamp:
//
//   - Open creates the folder if needed, opens Badger with a small-memory
//     profile suitable for a tray app, stamps or migrates the schema version
//     and starts the maintenance goroutines (value-log GC and daily backups).
//   - Update and View are thin wrappers around Badger transactions; Update
//     retries on transaction conflicts.
//   - BackupNow, ListBackups and Restore manage gzip-compressed Badger
//     backups (DATA/backups/joblink-YYYYMMDD-HHMMSS.backup.gz).
//   - Failures to open are reported as *OpenError values whose Message and
//     Fix fields are written for the bookkeeper, not for a developer.
//
// Before Badger sees an existing folder, a read-only preflight check
// (preflight.go) looks at the MANIFEST and table files, because Badger
// v4.9.6 deletes table files when the MANIFEST is missing or cut short and
// panics in a background goroutine (killing the app) on a cut table file.
// Such damage is reported as a Corrupt OpenError with the files untouched.
//
// Nothing in this package ever deletes user data: a damaged database is left
// in place, and Restore moves the current database aside instead of removing
// it. The only files it deletes are backups beyond the retention count and
// its own stale temporary files.
package store
