package engine

import (
	"errors"

	"github.com/dgraph-io/badger/v4"
)

// writeChunk is how many units of work (items, answers, links) one transaction carries at
// first. Badger refuses a transaction over a size that depends on the memtable, and an item's
// size depends on its kind (a budget is larger than a cost code), so inChunks halves a chunk
// Badger finds too big instead of trusting one number.
const writeChunk = 200

// inChunks runs apply over units [0, n) in consecutive transactions, each committed before the
// next starts. apply must read what it changes inside txn (it may run again: on a conflict, or
// with fewer units when the transaction was too big) and keep any tally in variables it resets
// on entry; committed is called once per committed chunk, to take the tally.
func (e *Engine) inChunks(n int, apply func(txn *badger.Txn, from, to int) error, committed func(from, to int)) error {
	size := writeChunk
	for from := 0; from < n; {
		to := min(from+size, n)
		err := e.update(func(txn *badger.Txn) error { return apply(txn, from, to) })
		if errors.Is(err, badger.ErrTxnTooBig) && to-from > 1 {
			size = max(1, (to-from)/2)
			continue
		}
		if err != nil {
			return err
		}
		if committed != nil {
			committed(from, to)
		}
		from = to
	}
	return nil
}
