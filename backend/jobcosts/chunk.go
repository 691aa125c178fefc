package jobcosts

import (
	"errors"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/store"
)

// inChunks runs apply over units [0, n) in consecutive store transactions of at most size
// units, each committed before the next starts (the engine's pattern, engine/chunk.go). Badger
// refuses a transaction over a limit set by the memtable (315 KB and 3,276 entries in Joblink's
// store), and what a unit weighs varies, so a chunk Badger finds too big is halved instead of
// trusting one number. apply must read what it changes inside txn (it may run again with fewer
// units) and know the last chunk by to == n; with n == 0 it runs once, as apply(txn, 0, 0).
func inChunks(st *store.Store, n, size int, apply func(txn *badger.Txn, from, to int) error) error {
	size = max(size, 1)
	for from := 0; from < n || (n == 0 && from == 0); {
		to := min(from+size, n)
		err := st.Update(func(txn *badger.Txn) error { return apply(txn, from, to) })
		if errors.Is(err, badger.ErrTxnTooBig) && to-from > 1 {
			size = max(1, (to-from)/2)
			continue
		}
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		from = to
	}
	return nil
}
