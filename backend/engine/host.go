package engine

import "github.com/dgraph-io/badger/v4"

// Host is what the engine offers its flows beyond the calls it makes to them: the items and
// links of other kinds (a budget's lines need their cost codes' QuickBooks items, a document
// its job and vendor), and a way to report back. Flows that need it implement Attacher; the
// engine attaches itself when it is made, so nothing is wired through closures.
type Host interface {
	// Get returns one item.
	Get(id string) (*Item, error)
	// LinkOf returns the QuickBooks record the item of kind for Procore key is linked to, or
	// nil when it has none (not synced, unlinked, or no such item).
	LinkOf(kind Kind, key string) (*QBRef, error)
	// Items returns every item of kind.
	Items(kind Kind) ([]*Item, error)
	// Followed records that Procore was brought in line with a change made in QuickBooks.
	Followed(id string, rec Record, ref QBRef, message string) error
}

// Attacher is implemented by flows that use the Host.
type Attacher interface {
	Attach(h Host)
}

// LinkOf returns the QuickBooks record the item of kind for Procore key is linked to, or nil.
func (e *Engine) LinkOf(kind Kind, key string) (*QBRef, error) {
	it, err := e.Get(ItemID(kind, key))
	if err != nil {
		if _, unknown := err.(*UnknownItemError); unknown {
			return nil, nil
		}
		return nil, err
	}
	if it.State != Synced || it.QB == nil {
		return nil, nil
	}
	ref := *it.QB
	return &ref, nil
}

// LinkedTo reports whether an item of kind is linked to the QuickBooks record ref: one read of
// the index's count, no scan.
func (e *Engine) LinkedTo(kind Kind, ref QBRef) (bool, error) {
	var n int64
	err := e.st.View(func(txn *badger.Txn) error {
		var err error
		n, err = readCount(txn, kind, refCountKey(refOf(ref)))
		return err
	})
	if err != nil {
		return false, storeProblem(err)
	}
	return n > 0, nil
}
