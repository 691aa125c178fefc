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
		if u, ok := f.(Unlinker); ok {
			err := e.inPages(bucketClear, f.Kind(), func(items []*Item) error {
				refused, err := u.ClearLinks(ctx, items)
				if err == nil {
					err = e.markCleared(items, refused)
				}
				return err
			})
			if err != nil && firstErr == nil {
				firstErr = fmt.Errorf("clear %s links in Procore: %w", f.Kind(), err)
			}
		}
		err := e.inPages(bucketLink, f.Kind(), func(items []*Item) error {
			refused, err := f.WriteBack(ctx, items)
			if err != nil {
				return err
			}
			if err := e.markLinked(items, refused); err != nil {
				return storeProblem(err)
			}
			return nil
		})
		if err != nil && firstErr == nil {
			firstErr = fmt.Errorf("write %s links to Procore: %w", f.Kind(), err)
		}
	}
	return firstErr
}

// writeBackPage is how many links one page of a write-back pass holds: five of Procore's
// 1,000-record sync calls, so memory stays bounded however many links wait.
const writeBackPage = 5000

// inPages calls fn with the items of kind in bucket, a page at a time, each page starting
// after the last item of the one before (items Procore refused stay in the bucket and are
// passed over until the next pass). It stops at fn's first error.
func (e *Engine) inPages(bucket string, kind Kind, fn func([]*Item) error) error {
	after := ""
	for {
		items, err := e.itemsIn(bucket, kind, after, writeBackPage)
		if err != nil {
			return storeProblem(err)
		}
		if len(items) == 0 {
			return nil
		}
		if err := fn(items); err != nil {
			return err
		}
		if len(items) < writeBackPage {
			return nil
		}
		after = items[len(items)-1].ID
	}
}

// itemsIn returns up to limit items of kind in bucket (0: all), from the first after the item
// id after ("" from the start), in the bucket's order.
func (e *Engine) itemsIn(bucket string, kind Kind, after string, limit int) ([]*Item, error) {
	var out []*Item
	prefix := dueScan(bucket, kind)
	err := e.st.View(func(txn *badger.Txn) error {
		return scanKeys(txn, prefix, func(entry *badger.Item) (bool, error) {
			at, id := dueOf(entry.Key(), prefix)
			if after != "" && string(dueKeyOf(bucket, kind, at, id)) <= string(dueKeyOf(bucket, kind, 0, after)) {
				return true, nil
			}
			it, err := getItem(txn, id)
			if err != nil {
				return false, err
			}
			out = append(out, it)
			return limit == 0 || len(out) < limit, nil
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
