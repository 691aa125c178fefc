package store

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"
)

// maxBackupRecord bounds one length-prefixed record in a backup stream.
// Badger's Load allocates whatever the prefix says, so a damaged file must
// be rejected before it gets there.
const maxBackupRecord = 1 << 30

// Restore replaces the database in dbDir with the contents of backupFile.
//
// It refuses while another process has the database open, checks the
// backup file, moves the current dbDir aside to
// dbDir.before-restore-YYYYMMDD-HHMMSS (nothing is deleted), loads the
// backup into a fresh database with the normal options and checks that it
// carries a Joblink schema stamp. If anything fails after the move, the
// half-restored folder is removed and the original is put back. It returns
// the folder the old database was moved to ("" if dbDir did not exist).
//
// Restore must run while no Store is open on dbDir (e.g. from the
// `joblink restore` command, before the app starts).
func Restore(dbDir, backupFile string, log zerolog.Logger) (movedAside string, err error) {
	log = log.With().Str("component", "store").Str("dir", dbDir).Str("backup", backupFile).Logger()
	if dbDir == "" {
		return "", errors.New("restore: database folder is empty")
	}

	records, err := checkBackupFile(backupFile)
	if err != nil {
		return "", fmt.Errorf("restore: %s is not a usable Joblink backup: %w", backupFile, err)
	}

	exists, err := checkRestoreTarget(dbDir, log)
	if err != nil {
		return "", err
	}

	if exists {
		movedAside = asidePath(dbDir, time.Now())
		if err := os.Rename(dbDir, movedAside); err != nil {
			return "", fmt.Errorf("restore: move current database %s aside to %s: %w", dbDir, movedAside, err)
		}
		syncDir(filepath.Dir(dbDir))
		log.Info().Str("moved_to", movedAside).Msg("current database moved aside for restore")
	}

	if err := loadBackup(dbDir, backupFile, log); err != nil {
		if rbErr := putBack(dbDir, movedAside, log); rbErr != nil {
			return "", fmt.Errorf("restore: %w; putting the original database back also failed: %v (it is safe in %s)", err, rbErr, movedAside)
		}
		return "", fmt.Errorf("restore: %w (the original database was left in place)", err)
	}
	log.Info().Int("records", records).Str("moved_to", movedAside).Msg("database restored from backup")
	return movedAside, nil
}

// checkRestoreTarget reports whether dbDir exists and refuses when the
// database is in use or cannot be written. A damaged database is fine:
// that is what restoring is for.
func checkRestoreTarget(dbDir string, log zerolog.Logger) (exists bool, err error) {
	fi, err := os.Stat(dbDir)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, newOpenError(classifyOpenError(err), dbDir, "", nil, fmt.Errorf("restore: inspect %s: %w", dbDir, err))
	}
	if !fi.IsDir() {
		return false, newOpenError(NotAFolder, dbDir, "", nil, fmt.Errorf("restore: %s is a file", dbDir))
	}
	bopt := badgerOptions(dbDir, log)
	if _, err := preflight(dbDir, bopt); errors.Is(err, errEarlierInstall) {
		log.Info().Msg("the database folder holds no database; restoring into a new one (the folder is kept aside)")
		return true, nil
	} else if err != nil {
		// Damage Badger would "repair" by deleting table files: do not
		// let it open the folder. No Joblink can be using it either,
		// since Open refuses such a database; move it aside untouched.
		log.Warn().Err(err).Msg("current database is damaged; restoring over it (it will be kept aside untouched)")
		return true, nil
	}
	db, err := badgerOpen(bopt)
	if err == nil {
		if cerr := db.Close(); cerr != nil {
			return false, fmt.Errorf("restore: close %s after lock check: %w", dbDir, cerr)
		}
		return true, nil
	}
	switch kind := classifyOpenError(err); kind {
	case Locked, ReadOnly, NotAFolder:
		return false, newOpenError(kind, dbDir, "", nil, fmt.Errorf("restore: %w", err))
	default:
		log.Warn().Err(err).Msg("current database cannot be opened; restoring over it (it will be kept aside)")
		return true, nil
	}
}

// loadBackup creates a fresh database in dbDir and loads backupFile.
func loadBackup(dbDir, backupFile string, log zerolog.Logger) error {
	if _, err := os.Stat(dbDir); !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%s still exists after moving it aside", dbDir)
	}
	if err := os.MkdirAll(dbDir, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", dbDir, err)
	}
	f, err := os.Open(backupFile)
	if err != nil {
		return fmt.Errorf("open backup: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 256<<10))
	if err != nil {
		return fmt.Errorf("read backup: %w", err)
	}
	db, err := badgerOpen(badgerOptions(dbDir, log))
	if err != nil {
		return fmt.Errorf("create fresh database: %w", err)
	}
	err = loadInto(db, zr)
	if err == nil {
		err = verifyRestored(db)
	}
	if cerr := db.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("close restored database: %w", cerr)
	}
	return err
}

// loadInto runs db.Load, turning a panic on malformed input into an error.
func loadInto(db *badger.DB, r io.Reader) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("load backup: badger panicked: %v", p)
		}
	}()
	if err := db.Load(r, 256); err != nil {
		return fmt.Errorf("load backup: %w", err)
	}
	return nil
}

// verifyRestored checks the schema stamp of a freshly loaded database.
func verifyRestored(db *badger.DB) error {
	return db.View(func(txn *badger.Txn) error {
		v, err := readSchemaVersion(txn)
		if err != nil {
			return err
		}
		if v == 0 {
			return fmt.Errorf("the backup has no %s key, so it is not a Joblink database", keySchemaVersion)
		}
		if known := knownVersion(builtinMigrations); v > known {
			return fmt.Errorf("the backup was written by a newer Joblink (schema %d; this version knows up to %d)", v, known)
		}
		return nil
	})
}

// putBack removes a half-restored dbDir and renames the original back.
func putBack(dbDir, movedAside string, log zerolog.Logger) error {
	// dbDir was created by loadBackup (it did not exist after the move),
	// so it only holds data copied from the backup file.
	if err := os.RemoveAll(dbDir); err != nil {
		return fmt.Errorf("remove half-restored %s: %w", dbDir, err)
	}
	if movedAside == "" {
		return nil
	}
	if err := os.Rename(movedAside, dbDir); err != nil {
		return fmt.Errorf("move %s back to %s: %w", movedAside, dbDir, err)
	}
	syncDir(filepath.Dir(dbDir))
	log.Warn().Msg("restore failed; original database put back")
	return nil
}

// asidePath returns a free name dbDir.before-restore-YYYYMMDD-HHMMSS[-N].
func asidePath(dbDir string, now time.Time) string {
	base := dbDir + ".before-restore-" + now.Local().Format(backupTimeLayout)
	p := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(p); errors.Is(err, os.ErrNotExist) {
			return p
		}
		p = base + "-" + strconv.Itoa(i)
	}
}

// checkBackupFile reads the whole backup once: the gzip layer (including
// its checksum) and Badger's length-prefixed record framing. It returns the
// number of records.
func checkBackupFile(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 256<<10))
	if err != nil {
		return 0, fmt.Errorf("not a gzip file: %w", err)
	}
	br := bufio.NewReaderSize(zr, 64<<10)
	records := 0
	for {
		var sz uint64
		err := binary.Read(br, binary.LittleEndian, &sz)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return records, fmt.Errorf("record %d: %w", records+1, err)
		}
		if sz > maxBackupRecord {
			return records, fmt.Errorf("record %d claims %d bytes", records+1, sz)
		}
		if n, err := io.CopyN(io.Discard, br, int64(sz)); err != nil {
			return records, fmt.Errorf("record %d cut short after %d of %d bytes: %w", records+1, n, sz, err)
		}
		records++
	}
	if records == 0 {
		return 0, errors.New("the backup is empty")
	}
	return records, nil
}
