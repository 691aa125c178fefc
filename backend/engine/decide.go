package engine

import (
	"fmt"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/backend/problem"
)

// Selection picks items of one kind for a decision: the listed ids, or every item the
// decision applies to.
type Selection struct {
	IDs []string
	All bool
}

// ExportGate is implemented by flows that cannot export until something outside the item is
// ready (setup's accounts for cost codes): Export refuses with the problem, class Refused,
// before anything is queued.
type ExportGate interface {
	ExportRefused() *problem.Problem
}

// Export queues the selected items for the next Web Connector run: ready ones, and failed
// ones the bookkeeper wants tried again. Returns how many were queued.
func (e *Engine) Export(kind Kind, sel Selection, who string) (int, error) {
	if g, ok := e.byKind[kind].(ExportGate); ok {
		if p := g.ExportRefused(); p != nil {
			return 0, p // nothing is queued: a setup problem is not QuickBooks' answer to retry
		}
	}
	if _, toProcore := e.byKind[kind].(Pusher); toProcore {
		defer e.SyncNow() // the poller sends them: now, not at the next interval
	}
	return e.decide(kind, sel, []string{"ready", "attention", "retrying"}, func(txn *badger.Txn, it *Item) (bool, error) {
		if _, gone := goneOf(txn, it); gone {
			return false, nil // its record is deleted, voided or hidden in Procore: nothing to send
		}
		switch it.State {
		case Waiting, Detected:
			it.Attempts = 0
			return true, e.move(txn, it, Queued, who, "Accepted for export.")
		case Failed:
			if !sel.All || it.Failure == nil || it.Failure.Class != FixData {
				// Stopped before it was ever sent (Joblink's own check): a first export, not a retry.
				says := "Accepted for export."
				if !it.SentAt.IsZero() {
					says = "Export tried again."
				}
				it.Attempts, it.NotBefore = 0, time.Time{}
				return true, e.move(txn, it, Queued, who, says)
			}
		}
		return false, nil
	})
}

// Reject sets the selected items aside with the bookkeeper's comment; they are not exported
// until reopened.
func (e *Engine) Reject(kind Kind, sel Selection, comment, who string) (int, error) {
	comment = strings.TrimSpace(comment)
	return e.decide(kind, sel, []string{"ready", "queued", "waiting", "attention", "retrying"}, func(txn *badger.Txn, it *Item) (bool, error) {
		switch it.State {
		case Waiting, Detected, Queued, Failed:
			it.Comment = comment
			// Documents are rejected on Approvals; records of the other kinds are skipped on
			// their own page, and the log says so.
			verb := "Rejected"
			if f := e.byKind[kind]; f != nil && !f.Approval() {
				verb = "Skipped"
			}
			msg := verb + "."
			if comment != "" {
				msg = verb + ": " + comment
			}
			return true, e.move(txn, it, Rejected, who, msg)
		}
		return false, nil
	})
}

// Reopen brings rejected items back to ready.
func (e *Engine) Reopen(kind Kind, sel Selection, who string) (int, error) {
	return e.decide(kind, sel, []string{"rejected"}, func(txn *badger.Txn, it *Item) (bool, error) {
		if it.State != Rejected {
			return false, nil
		}
		it.Comment = ""
		return true, e.move(txn, it, Waiting, who, "Reopened.")
	})
}

// decide applies fn to the selected items; with sel.All, to the items of kind whose status is
// one of statuses (read from the index: a decision over "all" costs what it changes).
func (e *Engine) decide(kind Kind, sel Selection, statuses []string, fn func(*badger.Txn, *Item) (bool, error)) (int, error) {
	if e.byKind[kind] == nil {
		return 0, fmt.Errorf("engine: no flow for %q", kind)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	var ids []string
	if sel.All {
		err := e.st.View(func(txn *badger.Txn) error {
			for _, status := range statuses {
				err := scanKeys(txn, titleScan(kind, status), func(entry *badger.Item) (bool, error) {
					ids = append(ids, idOfTitleKey(entry.Key()))
					return true, nil
				})
				if err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return 0, err
		}
	} else {
		for _, id := range sel.IDs {
			if !strings.HasPrefix(id, string(kind)+"/") {
				return 0, &UnknownItemError{ID: id}
			}
		}
		ids = sel.IDs
	}
	n, done := 0, 0
	err := e.inChunks(len(ids), func(txn *badger.Txn, from, to int) error {
		done = 0
		for _, id := range ids[from:to] {
			it, err := getItem(txn, id)
			if isNoItem(err) && !sel.All {
				return &UnknownItemError{ID: id}
			}
			if err != nil {
				return err
			}
			changed, err := fn(txn, it)
			if err != nil {
				return err
			}
			if changed {
				done++
			}
		}
		return nil
	}, func(int, int) { n += done })
	if err != nil {
		return n, err
	}
	return n, nil
}

// UnknownItemError: a decision named an item the engine does not have.
type UnknownItemError struct{ ID string }

func (e *UnknownItemError) Error() string {
	return fmt.Sprintf("there is no item %q; the list may have changed — reload the page", e.ID)
}
