package store

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/dgraph-io/badger/v4"
)

// Damage found while Joblink runs. Badger answers a damaged block inside an iterator by
// ending the iteration early, without an error, so reads of a damaged database look like
// "fewer items" rather than a failure. The tables are therefore verified at open (preflight)
// and before every backup; once damage is found the store refuses reads and writes with the
// damaged-database message and the restore command, instead of answering from half the data.

// damageByStore holds the damage found in each open store (*Store → *OpenError). The Store
// struct itself is laid out in open.go; keeping the latch here lets it be set from any
// goroutine without widening that file.
var damageByStore sync.Map

// Damage is the damaged-database error if damage was found since the store opened, else nil.
// Its Message and Fix are meant for the bookkeeper as they are (Fix names the newest backup
// and `joblink restore`).
func (s *Store) Damage() *OpenError {
	if v, ok := damageByStore.Load(s); ok {
		return v.(*OpenError)
	}
	return nil
}

// markDamaged records damage (the first cause wins) and logs it once, with the message and the
// fix. It returns the recorded error.
func (s *Store) markDamaged(cause error) *OpenError {
	oe := newOpenError(Corrupt, s.opts.Dir, s.opts.BackupDir, nil, cause)
	oe.Message = fmt.Sprintf("The Joblink database in %s is damaged: some of what it holds can no longer be read. Joblink stopped using it so that nothing is answered from half the data. Nothing has been deleted.", s.opts.Dir)
	// Restoring needs the database closed: say so first.
	oe.Fix = "Quit Joblink (tray icon → Quit, or joblink --quit). " + oe.Fix
	prev, loaded := damageByStore.LoadOrStore(s, oe)
	if loaded {
		return prev.(*OpenError)
	}
	s.log.Error().Err(cause).Str("kind", Corrupt.String()).Str("fix", oe.Fix).Msg(oe.Message)
	return oe
}

// forgetLatches drops what is kept per store beside it (damage, free space) once it closes.
func (s *Store) forgetLatches() {
	openStores.Delete(s)
	damageByStore.Delete(s)
	spaceGates.Delete(s)
}

// unreadableValue starts the line Badger logs when a value cannot be read from the value log
// (a cut or overwritten .vlog file). It then hands the caller an empty value without an
// error, so this log line is the only sign of the damage.
const unreadableValue = "Unable to read: "

// openStores are the stores open in this process (Joblink opens one). Badger's log line does
// not say which database it came from; with one store open it is that one's.
var openStores sync.Map // *Store → struct{}

func (s *Store) registerOpen() { openStores.Store(s, struct{}{}) }

// valueUnreadable marks the open store damaged after Badger failed to read a value. With
// several stores open (only in tests) the damage cannot be placed and is left to the log.
func valueUnreadable(msg string) {
	var only *Store
	n := 0
	openStores.Range(func(k, _ any) bool {
		only, n = k.(*Store), n+1
		return n < 2
	})
	if n == 1 {
		if i := strings.Index(msg, " Error: "); i >= 0 {
			msg = "a value could not be read:" + msg[i+len(" Error:"):]
		}
		only.markDamaged(errors.New(firstLine(msg)))
	}
}

// refuseIfDamaged is the error Update and View return once damage is known.
func (s *Store) refuseIfDamaged() error {
	if d := s.Damage(); d != nil {
		return d
	}
	return nil
}

// VerifyTables reads every table of the open database and checks its block checksums. Damage
// is recorded (see Damage) and returned as a Corrupt *OpenError. Badger's own verification
// dereferences a nil block when a block cannot be read, so its panics are turned into errors.
// It reads the whole database: it runs before backups, not on every request.
func (s *Store) VerifyTables() error {
	if err := verifyTables(s.db); err != nil {
		return s.markDamaged(err)
	}
	return nil
}

func verifyTables(db *badger.DB) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: while verifying checksums: %v", errPanic, firstLine(r))
		}
	}()
	return db.VerifyChecksum()
}

// survive runs one step of a background goroutine. A panic (Badger panics on some damage) is
// recovered and logged with its stack instead of ending the process with the stack only on
// stderr, which the Windows build does not show; a panic that reads as damage marks the store
// damaged so the UI says so.
func (s *Store) survive(what string, step func()) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		err := fmt.Errorf("%s: %w: %v", what, errPanic, firstLine(r))
		s.log.Error().Err(err).Str("stack", string(debug.Stack())).Msg("a background task of the database failed")
		if isCorruptText(strings.ToLower(fmt.Sprint(r))) {
			s.markDamaged(err)
		}
	}()
	step()
}
