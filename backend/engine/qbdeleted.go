package engine

import (
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// Records deleted in QuickBooks (the list refresh reads them with ListDeletedQuery and
// TxnDeletedQuery) are never silently ignored: an item linked to one loses the link and waits
// for the bookkeeper again, saying what happened and what can be done; Procore's copy of the
// link is cleared on the next write-back.

// DeletedInQuickBooks is one record QuickBooks reports deleted.
type DeletedInQuickBooks struct {
	Ref  QBRef  // ListID or TxnID, and the full name or number QuickBooks last had
	What string // what it was, in words: "service item", "vendor", "estimate"
	At   string // when QuickBooks deleted it, as QuickBooks said
}

// QuickBooksDeleted unlinks the items linked to records deleted in QuickBooks and returns how
// many it changed. Repeating it changes nothing more.
func (e *Engine) QuickBooksDeleted(deleted []DeletedInQuickBooks) (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	changed, n := 0, 0
	err := e.inChunks(len(deleted), func(txn *badger.Txn, from, to int) error {
		n = 0
		for _, d := range deleted[from:to] {
			for _, f := range e.toQB {
				items, err := itemsLinkedTo(txn, f.Kind(), d.Ref)
				if err != nil {
					return err
				}
				for _, it := range items {
					if it.State == Sent {
						continue // its request is in QuickBooks' hands: the answer settles it
					}
					if err := e.unlinkDeleted(txn, it, d); err != nil {
						return err
					}
					n++
				}
			}
		}
		return nil
	}, func(int, int) { changed += n })
	if err != nil {
		return changed, storeProblem(err)
	}
	if changed > 0 {
		e.SyncNow() // clear the links in Procore now
	}
	return changed, nil
}

func (e *Engine) unlinkDeleted(txn *badger.Txn, it *Item, d DeletedInQuickBooks) error {
	name := it.QB.label()
	what := d.What
	if what == "" {
		what = "record"
	}
	msg := fmt.Sprintf("The QuickBooks %s %s was deleted in QuickBooks", what, name)
	if d.At != "" {
		msg += " (" + d.At + ")"
	}
	msg += ": Joblink unlinked it. Export it again to recreate it in QuickBooks, or reject it if it should not be there."
	it.ClearInSource = it.LinkedInSource || it.ClearInSource
	it.QB, it.LinkedInSource, it.LinkProblem, it.Reread = nil, false, "", false
	switch it.State {
	case Synced, Failed, Queued:
		it.Notes = append(it.Notes, msg)
		return e.move(txn, it, Waiting, ByQuickBooks, msg)
	default:
		return e.move(txn, it, it.State, ByQuickBooks, msg)
	}
}

// itemsLinkedTo returns the items of kind linked to the QuickBooks record ref.
func itemsLinkedTo(txn *badger.Txn, kind Kind, ref QBRef) ([]*Item, error) {
	if n, err := readCount(txn, kind, refCountKey(refOf(ref))); err != nil || n == 0 {
		return nil, err
	}
	prefix := refScan(kind, refOf(ref))
	var ids []string
	err := scanKeys(txn, prefix, func(entry *badger.Item) (bool, error) {
		ids = append(ids, string(entry.Key()[len(prefix):]))
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]*Item, 0, len(ids))
	for _, id := range ids {
		it, err := getItem(txn, id)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, nil
}
