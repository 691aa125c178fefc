package engine

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// Kinds going from QuickBooks to Procore (payments, job-to-date costs) live the same
// lifecycle as the others — detected (from what Joblink read from QuickBooks and saved),
// waiting for approval or queued, sent, synced or failed, audited, retried — but the poller
// sends them to Procore instead of the Web Connector run sending them to QuickBooks.
//
// Exactly once: an item is marked sent, and saved, before its request leaves; an item found
// "sent" when the next pass starts (a crash, a lost answer) is looked for in Procore by the
// identity Joblink gave it (origin_id, or the flow's own ledger) before anything is sent again.

// Pusher is implemented by flows whose records go from QuickBooks to Procore.
type Pusher interface {
	// Push sends items to Procore and returns each one's outcome by item id. An item missing
	// from the map (or every item, with an error) has an unknown outcome: the next pass looks
	// for it before sending it again.
	Push(ctx context.Context, items []*Item) (map[string]PushResult, error)
	// FindInProcore returns, by item id, the Procore records of the items that arrived.
	FindInProcore(ctx context.Context, items []*Item) (map[string]*ProcoreRef, error)
}

// PushResult is what Procore made of one pushed item: its record, or why it refused it.
type PushResult struct {
	Ref     *ProcoreRef
	Failure *Failure
}

// ProcoreRef is the Procore record an item going to Procore became.
type ProcoreRef struct {
	ID    int64  `json:"id"`
	Label string `json:"label,omitempty"` // what Procore shows: "Direct cost 2026-11 QuickBooks costs"
}

// pushBatch is how many items one Push call carries (Procore's sync endpoints take 1,000).
const pushBatch = 1000

// PushAll sends every due item of the kinds going to Procore, after settling the items whose
// outcome is unknown. The poller calls it on every pass.
func (e *Engine) PushAll(ctx context.Context) error {
	var firstErr error
	for _, f := range e.flows {
		p, ok := f.(Pusher)
		if !ok || e.Paused() {
			continue
		}
		if err := e.pushKind(ctx, f, p); err != nil && firstErr == nil {
			firstErr = fmt.Errorf("send %s to Procore: %w", f.Label(), err)
		}
	}
	return firstErr
}

func (e *Engine) pushKind(ctx context.Context, f Flow, p Pusher) error {
	if err := e.settlePushes(ctx, f, p); err != nil {
		return err
	}
	cursor := map[string][]byte{}
	for {
		batch, blocked, err := e.nextBatch(cursor, pushBatch, f, e.now())
		if err != nil {
			return storeProblem(err)
		}
		if len(batch) == 0 && len(blocked) == 0 {
			return nil
		}
		run := newRunID("p", e.now())
		if err := e.markPushing(run, batch, blocked); err != nil {
			return storeProblem(err)
		}
		if len(batch) == 0 {
			continue
		}
		results, err := p.Push(ctx, batch)
		if aerr := e.applyPushes(batch, results); aerr != nil {
			return storeProblem(aerr)
		}
		if err != nil {
			// Unknown outcomes stay "sent" and are looked for first on the next pass.
			return err
		}
	}
}

// markPushing marks the batch sent — saved before anything leaves — and sets aside the items
// that wait for others.
func (e *Engine) markPushing(run string, batch []*Item, blocked map[string]*Blocked) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	work := make([]prepared, 0, len(batch)+len(blocked))
	for id, bl := range blocked {
		work = append(work, prepared{it: &Item{ID: id}, blocked: bl})
	}
	for i, it := range batch {
		work = append(work, prepared{it: it, reqID: strconv.Itoa(i + 1)})
	}
	r := &exportRun{id: run}
	return e.inChunks(len(work), func(txn *badger.Txn, from, to int) error {
		var c RunCounts
		for _, p := range work[from:to] {
			if err := e.applyPrepared(txn, r, p, &c, "Sent to Procore."); err != nil {
				return err
			}
		}
		return nil
	}, nil)
}

// applyPushes records Procore's answers; items without one stay sent.
func (e *Engine) applyPushes(batch []*Item, results map[string]PushResult) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.inChunks(len(batch), func(txn *badger.Txn, from, to int) error {
		for _, sent := range batch[from:to] {
			res, ok := results[sent.ID]
			if !ok {
				continue
			}
			it, err := getItem(txn, sent.ID)
			if err != nil {
				return err
			}
			if it.State != Sent {
				continue
			}
			if res.Failure != nil {
				if res.Failure.Class != FixData {
					it.NotBefore = e.now().Add(backoff(it.Attempts))
				}
				if err := e.fail(txn, it, *res.Failure, ByProcore); err != nil {
					return err
				}
				continue
			}
			it.Procore, it.Attempts, it.NotBefore = res.Ref, 0, time.Time{}
			if err := e.move(txn, it, Synced, ByProcore, "Saved in Procore"+refWords(res.Ref)+"."); err != nil {
				return err
			}
		}
		return nil
	}, nil)
}

// settlePushes looks in Procore for the items whose outcome is unknown: found, they are
// synced; not found, they are queued to be sent again.
func (e *Engine) settlePushes(ctx context.Context, f Flow, p Pusher) error {
	var unknown []*Item
	err := e.st.View(func(txn *badger.Txn) error {
		return scanDue(txn, bucketSent, f.Kind(), e.now(), func(id string, _ []byte) (bool, error) {
			it, err := getItem(txn, id)
			if err == nil {
				unknown = append(unknown, it)
			}
			return err == nil, err
		})
	})
	if err != nil || len(unknown) == 0 {
		return storeErr(err)
	}
	found, err := p.FindInProcore(ctx, unknown)
	if err != nil {
		return fmt.Errorf("check in Procore what arrived before an interruption: %w", err)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return storeErr(e.inChunks(len(unknown), func(txn *badger.Txn, from, to int) error {
		for _, u := range unknown[from:to] {
			it, err := getItem(txn, u.ID)
			if err != nil {
				return err
			}
			if it.State != Sent {
				continue
			}
			if ref := found[it.ID]; ref != nil {
				it.Procore = ref
				err = e.move(txn, it, Synced, ByProcore, "Found in Procore after an interruption"+refWords(ref)+": it arrived, so it is not sent again.")
			} else {
				err = e.move(txn, it, Queued, ByProcore, "Not in Procore after an interruption: it will be sent again.")
			}
			if err != nil {
				return err
			}
		}
		return nil
	}, nil))
}

func refWords(r *ProcoreRef) string {
	if r == nil || r.Label == "" {
		return ""
	}
	return fmt.Sprintf(" as %q", r.Label)
}

func storeErr(err error) error {
	if err == nil {
		return nil
	}
	var fe *FailureError
	if errors.As(err, &fe) {
		return err
	}
	return storeProblem(err)
}
