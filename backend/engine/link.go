package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// Linking is the bookkeeper's way of saying "this Procore record is that QuickBooks record":
// nothing is sent to QuickBooks, and the link is written back to Procore on the next pass.
// Kinds whose records exist on both sides before Joblink arrives (jobs, vendors) use it.

// ErrInFlight is returned for an item whose request is in QuickBooks' hands.
var ErrInFlight = errors.New("it is being sent to QuickBooks right now; try again when the Web Connector run ends")

// ErrLinkedElsewhere is returned when a QuickBooks record is already linked to another item.
type ErrLinkedElsewhere struct{ Other *Item }

func (e *ErrLinkedElsewhere) Error() string {
	return fmt.Sprintf("that QuickBooks record is already linked to %q", e.Other.Title)
}

// Link ties item id to the QuickBooks record ref. The item is synced at once; its link is
// written to Procore on the next write-back pass. Linking an item already linked elsewhere
// moves the link. A QuickBooks record can be linked to one item of a kind only.
func (e *Engine) Link(id string, ref QBRef, who, message string) (*Item, error) {
	errs, err := e.LinkAll([]LinkSpec{{ID: id, Ref: ref, Message: message}}, who)
	if err != nil {
		return nil, err
	}
	if errs[0] != nil {
		return nil, errs[0]
	}
	return e.Get(id)
}

// LinkSpec is one link of LinkAll.
type LinkSpec struct {
	ID      string
	Ref     QBRef
	Message string // for the audit log; empty: "Linked to QuickBooks record …"
}

// LinkAll carries out links in one pass over the items (a bulk "link all exact matches" must
// not read every item once per link). errs holds each link's refusal, in order; err is a
// store failure, after which nothing more was linked.
func (e *Engine) LinkAll(links []LinkSpec, who string) (errs []error, err error) {
	errs = make([]error, len(links))
	e.mu.Lock()
	defer e.mu.Unlock()
	linked, changed := false, false
	err = e.inChunks(len(links), func(txn *badger.Txn, from, to int) error {
		changed = false
		for i := from; i < to; i++ {
			errs[i] = nil
			it, err := e.linkOne(txn, links[i], who)
			if err != nil {
				var elsewhere *ErrLinkedElsewhere
				if errors.As(err, &elsewhere) || errors.Is(err, ErrInFlight) || errors.As(err, new(*UnknownItemError)) || errors.Is(err, errNoRef) {
					errs[i] = err
					continue
				}
				return err
			}
			changed = changed || it != nil
		}
		return nil
	}, func(int, int) { linked = linked || changed })
	if err != nil {
		return errs, err
	}
	if linked {
		e.SyncNow()
	}
	return errs, nil
}

var errNoRef = errors.New("engine: a link needs a QuickBooks record")

// linkedTo returns an item of kind other than id linked to the QuickBooks record ref, or nil
// (from the index, which sees this transaction's own links).
func linkedTo(txn *badger.Txn, kind Kind, ref QBRef, id string) (*Item, error) {
	if n, err := readCount(txn, kind, refCountKey(refOf(ref))); err != nil || n == 0 {
		return nil, err // the common case: nobody has it, known without an iterator
	}
	prefix := refScan(kind, refOf(ref))
	var other string
	err := scanKeys(txn, prefix, func(entry *badger.Item) (bool, error) {
		if found := string(entry.Key()[len(prefix):]); found != id {
			other = found
			return false, nil
		}
		return true, nil
	})
	if err != nil || other == "" {
		return nil, err
	}
	return getItem(txn, other)
}

// linkOne links one item in txn; it returns the item when it changed.
func (e *Engine) linkOne(txn *badger.Txn, l LinkSpec, who string) (*Item, error) {
	if l.Ref.ListID == "" && l.Ref.TxnID == "" {
		return nil, errNoRef
	}
	it, err := e.itemForDecision(txn, l.ID)
	if err != nil {
		return nil, err
	}
	if it.State == Sent {
		return nil, ErrInFlight
	}
	other, err := linkedTo(txn, it.Kind, l.Ref, it.ID)
	if err != nil {
		return nil, err
	}
	if other != nil {
		return nil, &ErrLinkedElsewhere{Other: other}
	}
	if it.State == Synced && it.QB != nil && sameRecord(*it.QB, l.Ref) {
		return nil, nil
	}
	ref := l.Ref
	it.QB, it.LinkedInSource, it.LinkProblem, it.ClearInSource = &ref, false, "", false
	it.Attempts, it.Reread, it.NameTaken = 0, false, false
	msg := l.Message
	if msg == "" {
		msg = "Linked to QuickBooks record " + ref.label() + "."
	}
	return it, e.move(txn, it, Synced, who, msg)
}

// Unlink removes an item's link: it waits for a decision again, and Procore's copy of the
// link is cleared on the next write-back pass. Nothing changes in QuickBooks.
func (e *Engine) Unlink(id, who string) (*Item, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out *Item
	err := e.update(func(txn *badger.Txn) error {
		it, err := e.itemForDecision(txn, id)
		if err != nil {
			return err
		}
		if it.State == Sent {
			return ErrInFlight
		}
		if it.QB == nil {
			out = it
			return nil
		}
		was := it.QB.label()
		it.ClearInSource = it.LinkedInSource || it.ClearInSource
		it.QB, it.LinkedInSource, it.LinkProblem = nil, false, ""
		out = it
		return e.move(txn, it, Waiting, who, "Unlinked from QuickBooks record "+was+".")
	})
	if err != nil {
		return nil, err
	}
	if out.ClearInSource {
		e.SyncNow()
	}
	return out, nil
}

// SetChoice keeps the bookkeeper's export choices on an item (see Item.Choice).
func (e *Engine) SetChoice(id string, choice json.RawMessage, who, message string) (*Item, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out *Item
	err := e.update(func(txn *badger.Txn) error {
		it, err := e.itemForDecision(txn, id)
		if err != nil {
			return err
		}
		if it.State == Sent {
			return ErrInFlight
		}
		it.Choice = choice
		out = it
		return e.move(txn, it, it.State, who, message)
	})
	return out, err
}

func (e *Engine) itemForDecision(txn *badger.Txn, id string) (*Item, error) {
	kind, _, ok := strings.Cut(id, "/")
	if !ok || e.byKind[Kind(kind)] == nil {
		return nil, &UnknownItemError{ID: id}
	}
	it, err := getItem(txn, id)
	if isNoItem(err) {
		return nil, &UnknownItemError{ID: id}
	}
	return it, err
}

func sameRecord(a, b QBRef) bool {
	return (a.ListID != "" && a.ListID == b.ListID) || (a.TxnID != "" && a.TxnID == b.TxnID)
}

// Items returns every item of kind (the mapping pages show them all at once, beside the
// QuickBooks list).
func (e *Engine) Items(kind Kind) ([]*Item, error) {
	var out []*Item
	err := e.st.View(func(txn *badger.Txn) error {
		return eachItem(txn, kind, func(it *Item) error { out = append(out, it); return nil })
	})
	if err != nil {
		return nil, storeProblem(err)
	}
	return out, nil
}

// Unlinker is implemented by flows whose links can be removed: it clears them in Procore.
// The map holds the items Procore refused, by item id.
type Unlinker interface {
	ClearLinks(ctx context.Context, items []*Item) (map[string]error, error)
}

// NameClasher is implemented by flows whose QuickBooks names are shared with other lists
// (customers, vendors, employees and other names share one name space): it explains a
// name QuickBooks refused because another list uses it.
type NameClasher interface {
	NameClash(it *Item) Failure
}

// Follower is implemented by flows that bring Procore in line with changes made in
// QuickBooks (a vendor's new phone number, say); the poller calls it on every pass.
type Follower interface {
	Follow(ctx context.Context) error
}

// Followed records that Procore was brought in line with a change made in QuickBooks (see
// Follower): the item takes data as its new snapshot — so the next detection does not read
// Joblink's own write as a change in Procore — and ref as the QuickBooks version it reflects.
// Items no longer linked to ref's record are left alone.
func (e *Engine) Followed(id string, rec Record, ref QBRef, message string) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.update(func(txn *badger.Txn) error {
		it, err := e.itemForDecision(txn, id)
		if err != nil {
			return err
		}
		if it.State != Synced || it.QB == nil || !sameRecord(*it.QB, ref) {
			return nil
		}
		it.Title, it.Detail, it.Data, it.QB = rec.Title, rec.Detail, rec.Data, &ref
		return e.move(txn, it, Synced, ByQuickBooks, message)
	})
}
