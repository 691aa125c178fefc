package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"
)

// Store is an open Joblink database plus its maintenance goroutines.
// All methods are safe for concurrent use.
type Store struct {
	db      *badger.DB
	opts    Options
	log     zerolog.Logger
	version int

	ctx    context.Context // cancelled by Close; aborts running backups
	cancel context.CancelFunc
	wg     sync.WaitGroup

	backupMu sync.Mutex // serialises backups (scheduler and BackupNow)

	closeOnce sync.Once
	closeErr  error
}

// Open opens (creating if needed) the database in opts.Dir, stamps or
// migrates its schema and starts value-log GC and the backup schedule in
// the background. Failures that a user can act on are *OpenError values.
func Open(opts Options) (*Store, error) {
	opts = opts.withDefaults()
	tuneGC()
	if opts.Dir == "" {
		return nil, errors.New("store: Options.Dir is empty")
	}
	log := opts.Logger.With().Str("component", "store").Logger()

	db, existing, err := openBadger(opts.Dir, opts.BackupDir, opts.DescribeHolder, log)
	if err != nil {
		return nil, err
	}

	version, err := ensureSchema(db, opts.Migrations, opts.Dir, existing, log)
	if err != nil {
		if cerr := db.Close(); cerr != nil {
			log.Warn().Err(cerr).Msg("closing database after failed schema check")
		}
		return nil, schemaOpenError(err, opts, version)
	}

	ctx, cancel := context.WithCancel(context.Background())
	s := &Store{db: db, opts: opts, log: log, version: version, ctx: ctx, cancel: cancel}
	s.startMaintenance()
	log.Info().Str("dir", opts.Dir).Int("schema", version).Msg("database opened")
	return s, nil
}

// openBadger prepares dir, checks its files (see preflight) and opens
// Badger on it, turning every failure (including panics inside Badger) into
// an *OpenError. existing reports whether the folder already held tables.
func openBadger(dir, backupDir string, describeHolder func() string, log zerolog.Logger) (db *badger.DB, existing bool, err error) {
	fail := func(kind ErrorKind, err error) error {
		oe := newOpenError(kind, dir, backupDir, describeHolder, err)
		log.Error().Err(err).Str("kind", kind.String()).Str("dir", dir).Msg("cannot open database")
		return oe
	}

	fi, err := os.Stat(dir)
	switch {
	case err == nil && !fi.IsDir():
		return nil, false, fail(NotAFolder, fmt.Errorf("%s is a file", dir))
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, false, fail(classifyOpenError(err), fmt.Errorf("create database folder: %w", err))
		}
	case err != nil:
		return nil, false, fail(classifyOpenError(err), fmt.Errorf("inspect database folder: %w", err))
	}

	bopt := badgerOptions(dir, log)
	pre, err := preflight(dir, bopt)
	if err != nil {
		kind := classifyOpenError(err)
		if kind == Other {
			kind = Corrupt
		}
		return nil, false, fail(kind, fmt.Errorf("check database files: %w", err))
	}
	db, err = badgerOpen(bopt)
	if err != nil {
		return nil, false, fail(classifyOpenError(err), fmt.Errorf("open badger database: %w", err))
	}
	return db, pre.existing, nil
}

// badgerOpen calls badger.Open and converts a panic into an error wrapping
// errPanic (damaged files have been seen to panic in table and manifest
// decoding).
func badgerOpen(o badger.Options) (db *badger.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			db = nil
			err = fmt.Errorf("%w: %v", errPanic, r)
		}
	}()
	return badger.Open(o)
}

// schemaOpenError turns an error from ensureSchema into an *OpenError.
func schemaOpenError(err error, opts Options, version int) error {
	var oe *OpenError
	if errors.As(err, &oe) {
		return oe
	}
	var se *schemaError
	if errors.As(err, &se) && se.kind == Corrupt {
		return newOpenError(Corrupt, opts.Dir, opts.BackupDir, nil, se.err)
	}
	e := newOpenError(Other, opts.Dir, opts.BackupDir, nil, err)
	if se != nil {
		e.Message = fmt.Sprintf("Joblink could not update the database in %s to the layout this version needs.", opts.Dir)
		e.Fix = fmt.Sprintf("The database was left at schema %d; the failed step changed nothing. Start Joblink again, and if this keeps happening install the previous Joblink and send the log files to support.", version)
	}
	return e
}

// Close stops the maintenance goroutines (aborting a running backup) and
// closes the database. It is safe to call more than once; later calls
// return the first call's result.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.cancel()
		s.wg.Wait()
		// Wait for a BackupNow running on another goroutine; the cancelled
		// context makes it stop at its next write.
		s.backupMu.Lock()
		defer s.backupMu.Unlock()
		if err := s.db.Close(); err != nil {
			s.closeErr = fmt.Errorf("close database %s: %w", s.opts.Dir, err)
			s.log.Error().Err(err).Msg("closing database")
			return
		}
		s.log.Info().Str("dir", s.opts.Dir).Msg("database closed")
	})
	return s.closeErr
}

// DB returns the underlying Badger database for packages that need more
// than Update and View (iterators, sequences, write batches).
func (s *Store) DB() *badger.DB { return s.db }

// SchemaVersion returns the schema version of the open database.
func (s *Store) SchemaVersion() int { return s.version }

// Path returns the database folder.
func (s *Store) Path() string { return s.opts.Dir }
