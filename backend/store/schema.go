package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/rs/zerolog"
)

// CurrentSchemaVersion is the schema version this build writes.
//
// Version 1 is the initial layout: just the schema stamp and meta/created_at.
// To change the layout, add a Migration to builtinMigrations with To equal to
// the new CurrentSchemaVersion.
const CurrentSchemaVersion = 1

// Keys owned by this package.
var (
	keySchemaVersion = []byte("meta/schema_version") // big-endian uint32
	keyCreatedAt     = []byte("meta/created_at")     // RFC 3339 UTC text
)

// Migration moves the database from version To-1 (or the previous
// migration's To) to version To. Apply runs in the same transaction as the
// version bump, so a migration is either fully applied or not at all; it
// must fit in one Badger transaction.
type Migration struct {
	To    int
	Name  string
	Apply func(txn *badger.Txn) error
}

// builtinMigrations lists the migrations after version 1, oldest first.
var builtinMigrations = []Migration{}

// sortedMigrations validates ms and returns them sorted by To.
func sortedMigrations(ms []Migration) ([]Migration, error) {
	out := append([]Migration(nil), ms...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].To < out[j].To })
	for i, m := range out {
		if m.To < 2 {
			return nil, fmt.Errorf("store: migration %q has To=%d; migrations start at version 2", m.Name, m.To)
		}
		if m.Apply == nil {
			return nil, fmt.Errorf("store: migration %q (to %d) has no Apply function", m.Name, m.To)
		}
		if i > 0 && out[i-1].To == m.To {
			return nil, fmt.Errorf("store: two migrations to version %d (%q and %q)", m.To, out[i-1].Name, m.Name)
		}
	}
	return out, nil
}

// knownVersion is the newest schema version this build can handle.
func knownVersion(ms []Migration) int {
	v := CurrentSchemaVersion
	for _, m := range ms {
		if m.To > v {
			v = m.To
		}
	}
	return v
}

func encodeVersion(v int) []byte {
	b := make([]byte, 4)
	binary.BigEndian.PutUint32(b, uint32(v))
	return b
}

// readSchemaVersion returns the stored version, or 0 if the key is missing.
func readSchemaVersion(txn *badger.Txn) (int, error) {
	item, err := txn.Get(keySchemaVersion)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", keySchemaVersion, err)
	}
	var v int
	err = item.Value(func(val []byte) error {
		if len(val) != 4 {
			return fmt.Errorf("%s holds %d bytes, want 4", keySchemaVersion, len(val))
		}
		v = int(binary.BigEndian.Uint32(val))
		return nil
	})
	return v, err
}

// schemaError wraps a failure of the schema step as an OpenError.
type schemaError struct {
	kind ErrorKind
	err  error
}

func (e *schemaError) Error() string { return e.err.Error() }
func (e *schemaError) Unwrap() error { return e.err }

// ensureSchema stamps a new database with version 1 and then applies the
// migrations newer than the stored version, one transaction each. It
// returns the resulting version.
//
// existing says the folder already held tables before this open; such a
// database without a stamp is damaged (or not Joblink's) and is not
// stamped.
func ensureSchema(db *badger.DB, migrations []Migration, dir string, existing bool, log zerolog.Logger) (int, error) {
	ms, err := sortedMigrations(migrations)
	if err != nil {
		return 0, err
	}
	known := knownVersion(ms)

	var version int
	err = db.Update(func(txn *badger.Txn) error {
		v, err := readSchemaVersion(txn)
		if err != nil {
			return err
		}
		if v == 0 && existing {
			return fmt.Errorf("the database has data but no %s key", keySchemaVersion)
		}
		if v == 0 {
			now := time.Now().UTC().Format(time.RFC3339Nano)
			if err := txn.Set(keySchemaVersion, encodeVersion(1)); err != nil {
				return fmt.Errorf("stamp schema version: %w", err)
			}
			if err := txn.Set(keyCreatedAt, []byte(now)); err != nil {
				return fmt.Errorf("stamp creation time: %w", err)
			}
			log.Info().Str("dir", dir).Int("schema", 1).Msg("created new database")
			v = 1
		}
		version = v
		return nil
	})
	if err != nil {
		return 0, &schemaError{kind: Corrupt, err: fmt.Errorf("check schema version: %w", err)}
	}

	if version > known {
		return version, &OpenError{
			Kind:    NewerSchema,
			Path:    dir,
			Message: fmt.Sprintf("This database was written by a newer Joblink (schema %d; this version knows up to %d).", version, known),
			Fix:     "Install the newer Joblink again, or restore an older backup.",
		}
	}

	for _, m := range ms {
		if m.To <= version {
			continue
		}
		from := version
		start := time.Now()
		log.Info().Int("from", from).Int("to", m.To).Str("migration", m.Name).Msg("migrating database schema")
		err := db.Update(func(txn *badger.Txn) error {
			if err := m.Apply(txn); err != nil {
				return err
			}
			return txn.Set(keySchemaVersion, encodeVersion(m.To))
		})
		if err != nil {
			return version, &schemaError{kind: Other, err: fmt.Errorf("migration %q from schema %d to %d: %w", m.Name, from, m.To, err)}
		}
		version = m.To
		log.Info().Int("schema", version).Str("migration", m.Name).Dur("took", time.Since(start)).Msg("database schema migrated")
	}
	return version, nil
}
