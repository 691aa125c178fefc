package engine

import (
	"context"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// WriteBack records in Procore the QuickBooks links of items synced since the last pass. It
// is idempotent (Procore's sync endpoint matches by id), so a crash between Procore's answer
// and the store's update only repeats the same write. It reads only the items whose links
// wait (the index's link and clear buckets), and records the outcome in chunks, however many
// links one pass writes.
func (e *Engine) WriteBack(ctx context.Context) error {
	var firstErr error
	for _, f := range e.flows {
		pending, err := e.itemsIn(bucketLink, f.Kind())
		if err != nil {
			return storeProblem(err)
		}
		clear, err := e.itemsIn(bucketClear, f.Kind())
		if err != nil {
			return storeProblem(err)
		}
		if u, ok := f.(Unlinker); ok && len(clear) > 0 {
			refused, err := u.ClearLinks(ctx, clear)
			if err == nil {
				err = e.markCleared(clear, refused)
			}
			if err != nil && firstErr == nil {
				firstErr = fmt.Errorf("clear %s links in Procore: %w", f.Kind(), err)
			}
		}
		if len(pending) == 0 {
			continue
		}
		refused, err := f.WriteBack(ctx, pending)
		if err != nil {
			if firstErr == nil {
				firstErr = fmt.Errorf("write %s links to Procore: %w", f.Kind(), err)
			}
			continue
		}
		if err := e.markLinked(pending, refused); err != nil {
			return storeProblem(err)
		}
	}
	return firstErr
}

// itemsIn returns the items of kind in bucket.
func (e *Engine) itemsIn(bucket string, kind Kind) ([]*Item, error) {
	var out []*Item
	err := e.st.View(func(txn *badger.Txn) error {
		return scanKeys(txn, dueScan(bucket, kind), func(entry *badger.Item) (bool, error) {
			_, id := dueOf(entry.Key(), dueScan(bucket, kind))
			it, err := getItem(txn, id)
			if err != nil {
				return false, err
			}
			out = append(out, it)
			return true, nil
		})
	})
	return out, err
}

func (e *Engine) markLinked(items []*Item, refused map[string]error) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.inChunks(len(items), func(txn *badger.Txn, from, to int) error {
		for _, sent := range items[from:to] {
			it, err := getItem(txn, sent.ID)
			if err != nil {
				return err
			}
			if it.State != Synced || it.QB == nil || *it.QB != *sent.QB {
				continue // changed meanwhile; the next pass writes the new link
			}
			if why, bad := refused[it.ID]; bad {
				msg := "Procore refused the link: " + why.Error()
				if msg == it.LinkProblem {
					continue
				}
				it.LinkProblem = msg
				if err := e.move(txn, it, Synced, ByProcore, msg); err != nil {
					return err
				}
				continue
			}
			it.LinkedInSource, it.LinkProblem = true, ""
			if err := e.move(txn, it, Synced, ByJoblink, "Linked in Procore."); err != nil {
				return err
			}
		}
		return nil
	}, nil)
}

func (e *Engine) markCleared(items []*Item, refused map[string]error) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.inChunks(len(items), func(txn *badger.Txn, from, to int) error {
		for _, sent := range items[from:to] {
			it, err := getItem(txn, sent.ID)
			if err != nil {
				return err
			}
			if !it.ClearInSource || it.QB != nil {
				continue // linked again meanwhile: the link write-back takes over
			}
			if why, bad := refused[it.ID]; bad {
				msg := "Procore refused to remove the old link: " + why.Error()
				if msg == it.LinkProblem {
					continue
				}
				it.LinkProblem = msg
				if err := e.move(txn, it, it.State, ByProcore, msg); err != nil {
					return err
				}
				continue
			}
			it.ClearInSource, it.LinkProblem = false, ""
			if err := e.move(txn, it, it.State, ByJoblink, "Link removed in Procore."); err != nil {
				return err
			}
		}
		return nil
	}, nil)
}
