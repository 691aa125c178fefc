package store

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// updateAttempts is how often Update runs fn before giving up on
// transaction conflicts.
const updateAttempts = 10

// Update runs fn in a read-write transaction and commits it. When the commit
// fails with badger.ErrConflict (a key fn read was changed by a concurrent
// transaction), fn is run again in a fresh transaction, up to 10 times in
// all, so fn must not have side effects outside txn. The final error wraps
// badger.ErrConflict if every attempt conflicted.
func (s *Store) Update(fn func(txn *badger.Txn) error) error {
	if err := s.refuseIfDamaged(); err != nil {
		return err
	}
	if err := s.checkSpace(); err != nil {
		return err
	}
	var err error
	for attempt := 1; attempt <= updateAttempts; attempt++ {
		err = s.db.Update(fn)
		if !errors.Is(err, badger.ErrConflict) {
			return err
		}
		if attempt < updateAttempts {
			s.log.Debug().Int("attempt", attempt).Msg("transaction conflict, retrying")
			// Short randomised pause so two writers do not collide again.
			time.Sleep(time.Duration(attempt)*time.Millisecond + rand.N(2*time.Millisecond))
		}
	}
	return fmt.Errorf("update gave up after %d conflicting attempts: %w", updateAttempts, err)
}

// View runs fn in a read-only transaction.
//
// Both Update and View refuse with the damaged-database error (see Damage) once damage has
// been found: a damaged table reads as missing items, not as an error. Update also refuses
// while the disk is nearly full (see diskfull.go); View goes on.
func (s *Store) View(fn func(txn *badger.Txn) error) error {
	if err := s.refuseIfDamaged(); err != nil {
		return err
	}
	return s.db.View(fn)
}
