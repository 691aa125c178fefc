package qbmirror

import (
	"errors"

	"github.com/dgraph-io/badger/v4"
)

// batchSize is how many records one transaction of a refresh carries at first.
const batchSize = 500

// inBatches runs write over records [0, n) in consecutive transactions of up to batchSize,
// each atomic and committed before the next starts. Badger refuses a transaction over a size
// set by its memory table (store/options.go), and records differ in size (a job's full name,
// addresses), so a batch Badger finds too big is halved and written again rather than failing
// the refresh. write may run more than once for the same records (it reads what it changes);
// committed is called once per committed batch.
func (m *Mirror) inBatches(n int, write func(txn *badger.Txn, from, to int) error, committed func(from, to int)) error {
	size := batchSize
	for from := 0; from < n; {
		to := min(from+size, n)
		err := m.st.Update(func(txn *badger.Txn) error { return write(txn, from, to) })
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
