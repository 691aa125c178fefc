package engine

import (
	"errors"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"
)

// allowed lists the transitions of the lifecycle; anything else is a Joblink bug and refused,
// so a state can never be reached by a path the exactly-once reasoning did not consider.
var allowed = map[State][]State{
	Detected: {Waiting, Queued, Failed, Synced},
	Waiting:  {Queued, Rejected, Failed, Synced},
	Queued:   {Sent, Synced, Failed, Rejected, Waiting},
	Sent:     {Synced, Failed, Queued},
	Synced:   {Waiting, Queued, Failed},
	Failed:   {Queued, Waiting, Rejected, Synced},
	Rejected: {Waiting, Synced},
}

// Who wrote a transition, for the audit log.
const (
	ByProcore    = "Procore"
	ByQuickBooks = "QuickBooks"
	ByJoblink    = "Joblink"
	ByBookkeeper = "bookkeeper"
)

// move takes it to state to, saves it and appends the audit entry, in txn. Staying in the same
// state saves the item and writes an entry only when there is something to say.
func (e *Engine) move(txn *badger.Txn, it *Item, to State, who, message string) error {
	from := it.State
	if from != to && !slices.Contains(allowed[from], to) {
		return fmt.Errorf("work item %s: %s → %s is not a transition Joblink makes", it.ID, from, to)
	}
	now := e.now()
	e.touched[it.Kind] = true
	it.State = to
	it.UpdatedAt = now
	if it.CreatedAt.IsZero() {
		it.CreatedAt = now
	}
	if to != Failed {
		it.Failure = nil
		it.LinkedElsewhere = false
	}
	if to != Queued {
		it.Blocked = nil
	}
	if err := putItem(txn, it); err != nil {
		return err
	}
	if from != to || message != "" {
		err := putEntry(txn, Entry{At: now, ItemID: it.ID, Kind: it.Kind, Title: it.Title, From: from, To: to, Who: who, Message: message})
		if err != nil {
			return err
		}
	}
	if to == Synced && from != Synced {
		return e.wake(txn, it)
	}
	return nil
}

// wake queues again, in txn, the items that waited for parent to reach QuickBooks; each is
// checked again when prepared, so one still waiting for another item waits again, saying so.
func (e *Engine) wake(txn *badger.Txn, parent *Item) error {
	marker := []byte(waitedPrefix + parent.ID)
	if _, err := txn.Get(marker); errors.Is(err, badger.ErrKeyNotFound) {
		return nil // nothing ever waited for it
	} else if err != nil {
		return fmt.Errorf("read what waits for %s: %w", parent.ID, err)
	}
	if err := txn.Delete(marker); err != nil {
		return fmt.Errorf("clear what waits for %s: %w", parent.ID, err)
	}
	var children []string
	err := scanKeys(txn, depScan(parent.ID), func(entry *badger.Item) (bool, error) {
		children = append(children, string(entry.Key()[len(depScan(parent.ID)):]))
		return true, nil
	})
	if err != nil {
		return err
	}
	for _, id := range children {
		child, err := getItem(txn, id)
		if err != nil {
			return err
		}
		if child.State != Queued || child.Blocked == nil {
			continue
		}
		child.Blocked = nil
		if err := e.move(txn, child, Queued, ByJoblink, parent.Title+" reached QuickBooks: ready to send."); err != nil {
			return err
		}
	}
	return nil
}

// fail takes it to Failed with f, stamped now.
func (e *Engine) fail(txn *badger.Txn, it *Item, f Failure, who string) error {
	f.At = e.now()
	if err := e.move(txn, it, Failed, who, failureWords(f)); err != nil {
		return err
	}
	it.Failure = &f
	return putItem(txn, it)
}

func failureWords(f Failure) string {
	s := f.Message
	if f.Meaning != "" && f.Meaning != f.Message {
		s += " — " + f.Meaning
	}
	return s
}
