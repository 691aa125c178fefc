package engine

import (
	"context"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// WriteBack records in Procore the QuickBooks links of items synced since the last pass. It
// is idempotent (Procore's sync endpoint matches by id), so a crash between Procore's answer
// and the store's update only repeats the same write.
func (e *Engine) WriteBack(ctx context.Context) error {
	var firstErr error
	for _, f := range e.flows {
		var pending, clear []*Item
		err := e.st.View(func(txn *badger.Txn) error {
			return eachItem(txn, f.Kind(), func(it *Item) error {
				switch {
				case it.State == Synced && !it.LinkedInSource && it.QB != nil:
					pending = append(pending, it)
				case it.ClearInSource && it.QB == nil:
					clear = append(clear, it)
				}
				return nil
			})
		})
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
			return err
		}
	}
	return firstErr
}

func (e *Engine) markLinked(items []*Item, refused map[string]error) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.st.Update(func(txn *badger.Txn) error {
		for _, sent := range items {
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
	})
}

func (e *Engine) markCleared(items []*Item, refused map[string]error) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.st.Update(func(txn *badger.Txn) error {
		for _, sent := range items {
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
	})
}
