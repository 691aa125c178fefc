package engine

import (
	"time"

	"github.com/dgraph-io/badger/v4"
)

// What needs work, read from the index (index.go): each answer costs in proportion to the
// work there is, never to the items stored.

// hasWork reports whether a run would have anything to do now: an item due for export or a
// retry, one to re-read, or one whose outcome is unknown. It reads counts and seeks, never
// scans a bucket: the keys an export leaves deleted stay behind until Badger compacts them,
// and walking them would make an idle check cost what was once exported.
func (e *Engine) hasWork(txn *badger.Txn, now time.Time) (bool, error) {
	for _, f := range e.toQB {
		due, err := e.dueCounts(txn, f.Kind(), now)
		if err != nil || due.any() {
			return due.any(), err
		}
	}
	return false, nil
}

// dueNow is what a kind has for a run now, from its counts.
type dueNow struct {
	queued  int // queued and due (those to re-read included)
	retry   int // failed with a transient error, due for another try
	sending int // sent, outcome not yet known
}

func (d dueNow) any() bool { return d.queued > 0 || d.retry > 0 || d.sending > 0 }

func (e *Engine) dueCounts(txn *badger.Txn, kind Kind, now time.Time) (dueNow, error) {
	counts, err := countsOf(txn, kind)
	if err != nil {
		return dueNow{}, err
	}
	d := dueNow{sending: counts["sending"]}
	if n := counts["queued"]; n > 0 {
		d.queued = n - countDueLater(txn, bucketQueued, kind, now)
	}
	if n := counts["retrying"]; n > 0 {
		d.retry = n - countDueLater(txn, bucketRetry, kind, now)
	}
	return d, nil
}

// remaining counts what run r still has to do: items due for export or a retry, items to
// re-read it has not looked up, and items another run sent whose outcome it has not settled.
// It is exact — progress says 100 only when NextRequest has nothing more to send.
func (e *Engine) remaining(txn *badger.Txn, r *exportRun, now time.Time) (int, error) {
	left := 0
	for _, f := range e.toQB {
		due, err := e.dueCounts(txn, f.Kind(), now)
		if err != nil {
			return 0, err
		}
		left += due.queued + due.retry
	}
	// Re-read in this run and still unsettled (QuickBooks could not say): the next run tries.
	for id := range r.rereadAsked {
		if it, err := getItem(txn, id); err == nil && it.State == Queued && it.Reread {
			left--
		}
	}
	for _, id := range r.unknown {
		if r.lookedUp[id] {
			continue
		}
		if it, err := getItem(txn, id); err == nil && it.State == Sent {
			left++
		}
	}
	return max(left, 0), nil
}

// unknownOutcomes lists the items other runs sent whose outcome is unknown (a crash, a lost
// answer), once, when a run begins; only when some item is "sending" is the bucket read.
func (e *Engine) unknownOutcomes(txn *badger.Txn, r *exportRun) error {
	for _, f := range e.toQB {
		n, err := readCount(txn, f.Kind(), "sending")
		if err != nil || n == 0 {
			if err != nil {
				return err
			}
			continue
		}
		err = scanDue(txn, bucketSent, f.Kind(), e.now(), func(id string, run []byte) (bool, error) {
			if string(run) != r.id {
				r.unknown = append(r.unknown, id)
			}
			return true, nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
