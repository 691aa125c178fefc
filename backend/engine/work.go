package engine

import (
	"time"

	"github.com/dgraph-io/badger/v4"
)

// What needs work, read from the index (index.go): each answer costs in proportion to the
// work there is, never to the items stored.

// hasWork reports whether a run would have anything to do now: an item due for export or a
// retry, one to re-read, or one whose outcome is unknown.
func (e *Engine) hasWork(txn *badger.Txn, now time.Time) (bool, error) {
	found := false
	stop := func(string, []byte) (bool, error) { found = true; return false, nil }
	for _, f := range e.toQB {
		for _, b := range []string{bucketSent, bucketReread, bucketQueued, bucketRetry} {
			if err := scanDue(txn, b, f.Kind(), now, stop); err != nil || found {
				return found, err
			}
		}
	}
	return false, nil
}

// remaining counts what run r still has to do: items due for export or a retry, items to
// re-read it has not looked up, and items another run sent whose outcome it has not checked.
// It is exact — progress says 100 only when NextRequest has nothing more to send.
func (e *Engine) remaining(txn *badger.Txn, r *exportRun, now time.Time) (int, error) {
	left := 0
	for _, f := range e.toQB {
		k := f.Kind()
		counts, err := countsOf(txn, k)
		if err != nil {
			return 0, err
		}
		// "queued" counts the items to re-read too; "retrying" every transient failure.
		left += counts["queued"] - countDueLater(txn, bucketQueued, k, now)
		left += counts["retrying"] - countDueLater(txn, bucketRetry, k, now)
		err = scanDue(txn, bucketReread, k, now, func(id string, _ []byte) (bool, error) {
			if r.lookedUp[id] {
				left-- // looked up in this run and still unsettled: the next run tries again
			}
			return true, nil
		})
		if err != nil {
			return 0, err
		}
		err = scanDue(txn, bucketSent, k, now, func(id string, run []byte) (bool, error) {
			if string(run) != r.id && !r.lookedUp[id] {
				left++
			}
			return true, nil
		})
		if err != nil {
			return 0, err
		}
	}
	return max(left, 0), nil
}
