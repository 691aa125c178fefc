package engine

import (
	"context"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// Incremental is implemented by flows that read only what changed in Procore since their last
// read. Flows without it are read in full on every poll (Flow.Detect).
type Incremental interface {
	// DetectSince reads what changed since cursor, the Cursor of its last answer; "" asks
	// for everything (the first read, or after the engine lost track).
	DetectSince(ctx context.Context, cursor string) (Changes, error)
}

// Lister is implemented by incremental flows that can name every record Procore has at less
// cost than reading them: the engine asks when Procore's count (Changes.Total) and its own
// disagree, which is how records Procore stops showing — deleted where the API keeps no
// tombstone, or no longer visible to Joblink's Procore user — are noticed.
type Lister interface {
	// ListAll answers Complete. cursor is the one the read that prompted it returned; a
	// Cursor in the answer replaces it ("" keeps it).
	ListAll(ctx context.Context, cursor string) (Changes, error)
}

// Changes is one incremental read.
type Changes struct {
	// Records are the new and changed records (a full read: every record), applied as Detect
	// applies them.
	Records []Record
	// Gone are the records Procore reports deleted, voided or made unusable (tombstones).
	Gone []Gone
	// Complete says that Records and Present together name every record Procore has: an
	// item whose record is in neither has vanished, and is treated as Gone with Vanished's
	// words.
	Complete bool
	Present  []string // with Complete: the keys of records not in Records
	Vanished Gone     // with Complete: Why and Fix for vanished records (Key unused)
	// Counted says Total is how many records Procore has now; the engine compares it with
	// the items it holds and asks the flow's Lister for every key when they differ.
	Counted bool
	Total   int
	// Cursor is where the next read starts; the engine saves it once every change is saved.
	Cursor string
}

// keys is every key a Complete answer names.
func (c *Changes) keys() map[string]bool {
	out := make(map[string]bool, len(c.Records)+len(c.Present))
	for i := range c.Records {
		out[c.Records[i].Key] = true
	}
	for _, k := range c.Present {
		out[k] = true
	}
	return out
}

// detectKind reads one company-wide kind as its flow allows: what changed since its cursor, or
// everything.
func (e *Engine) detectKind(ctx context.Context, f Flow, g *gate) (DetectResult, error) {
	inc, ok := f.(Incremental)
	if !ok {
		return e.Detect(ctx, f.Kind())
	}
	lister, _ := f.(Lister)
	return e.detectSince(ctx, f.Kind(), "", g, func(cursor string) (Changes, error) { return inc.DetectSince(ctx, cursor) },
		func(cursor string) (Changes, error) { return lister.ListAll(ctx, cursor) }, lister != nil)
}

// detectSince reads kind (within scope: a project, or "" for the whole company) from its
// cursor, applies what changed, notices what vanished, and then saves the new cursor.
func (e *Engine) detectSince(ctx context.Context, kind Kind, scope string, g *gate, read func(string) (Changes, error),
	list func(string) (Changes, error), canList bool) (DetectResult, error) {
	cur, err := e.loadCursor(kind, scope)
	if err != nil {
		return DetectResult{}, storeProblem(err)
	}
	before := g.spent()
	ch, err := read(cur.Cursor)
	if err != nil {
		return DetectResult{}, err
	}
	readCost, listCost := g.spent()-before, 0
	res, err := e.applyChanges(kind, scope, &ch)
	if err != nil {
		return res, err
	}
	if ch.Counted && !ch.Complete {
		live, err := e.liveCount(kind, scope)
		if err != nil {
			return res, storeProblem(err)
		}
		if live != ch.Total && canList {
			// Procore's count and Joblink's differ: something vanished (or was never seen).
			listed := g.spent()
			all, err := list(ch.Cursor)
			if err != nil {
				return res, err
			}
			listCost = g.spent() - listed
			all.Complete = true
			if all.Cursor == "" {
				all.Cursor = ch.Cursor
			}
			more, err := e.applyChanges(kind, scope, &all)
			if err != nil {
				return res, err
			}
			res.add(more)
			if live, err = e.liveCount(kind, scope); err != nil {
				return res, storeProblem(err)
			}
			ch.Cursor = all.Cursor
		}
		if live < ch.Total {
			// Records Joblink never read (stamped outside the incremental range: a clock gone
			// wrong): read everything, in this pass when the hour's budget allows.
			full, err := e.readInFull(kind, scope, g, read, ch.Total, live, max(readCost, listCost))
			res.add(full.res)
			if err != nil {
				return res, err
			}
			ch.Cursor = full.cursor
			if full.owed {
				// What the next pass must have left to start it (lastCost): the full read.
				return res, e.saveRead(kind, scope, cur, "", res, full.cost)
			}
			// The next read is incremental again: its cost is this one's without the full read.
			return res, e.saveRead(kind, scope, cur, ch.Cursor, res, g.spent()-before-full.cost)
		}
	}
	return res, e.saveRead(kind, scope, cur, ch.Cursor, res, g.spent()-before)
}

// saveRead saves the cursor after a read: where the next one starts, when it was read and
// what it cost in Procore calls.
func (e *Engine) saveRead(kind Kind, scope string, cur cursor, next string, res DetectResult, calls int) error {
	// Activity is what an incremental read finds; a first, full read finds everything new and
	// says nothing about how busy the records are.
	if cur.Cursor != "" && res.New+res.Changed+res.Gone > 0 {
		cur.ChangedAt = e.now()
	}
	cur.Cursor, cur.ReadAt, cur.Calls = next, e.now(), calls
	if err := saveCursor(e, kind, scope, cur); err != nil {
		return storeProblem(err)
	}
	return nil
}

func (r *DetectResult) add(o DetectResult) {
	r.Seen += o.Seen
	r.New += o.New
	r.Changed += o.Changed
	r.Gone += o.Gone
}

// applyChanges saves one read: its records, its tombstones and, for a complete read, what
// vanished. A record that comes back cannot be told from one read again: when a complete
// answer names it only by key, the cursor is dropped so that the next read brings its data.
func (e *Engine) applyChanges(kind Kind, scope string, ch *Changes) (DetectResult, error) {
	res, err := e.applyRecords(kind, ch.Records)
	if err != nil {
		return res, storeProblem(err)
	}
	gone := ch.Gone
	if ch.Complete {
		names := ch.keys()
		vanished, back, err := e.vanished(kind, scope, names, ch.Present)
		if err != nil {
			return res, storeProblem(err)
		}
		for _, key := range vanished {
			g := ch.Vanished
			g.Key = key
			gone = append(gone, g)
		}
		if back {
			ch.Cursor = ""
		}
	}
	n, err := e.applyGone(kind, gone)
	res.Gone += n
	if err != nil {
		return res, storeProblem(err)
	}
	pending, err := e.retryGone(kind)
	res.Gone += pending
	if err != nil {
		return res, storeProblem(err)
	}
	return res, nil
}

// vanished lists the items of kind within scope whose records a complete answer does not
// name, leaving out those already known to be gone; back says that a record known to be gone
// is named by key only.
func (e *Engine) vanished(kind Kind, scope string, names map[string]bool, present []string) (out []string, back bool, err error) {
	gone, err := e.goneSet(kind)
	if err != nil {
		return nil, false, err
	}
	for _, k := range present {
		if _, was := gone[k]; was {
			back = true
		}
	}
	prefix := itemScope(kind, scope)
	err = e.st.View(func(txn *badger.Txn) error {
		return scanKeys(txn, prefix, func(entry *badger.Item) (bool, error) {
			key := string(entry.Key()[len(kindPrefix(kind)):])
			if _, was := gone[key]; !was && !names[key] {
				out = append(out, key)
			}
			return true, nil
		})
	})
	return out, back, err
}

// liveCount is how many items of kind within scope stand for records Procore still has: the
// items, less the gone ones. It reads keys only.
func (e *Engine) liveCount(kind Kind, scope string) (int, error) {
	n := 0
	err := e.st.View(func(txn *badger.Txn) error {
		count := func(prefix []byte, delta int) error {
			opts := badger.IteratorOptions{Prefix: prefix}
			iter := txn.NewIterator(opts)
			defer iter.Close()
			for iter.Rewind(); iter.Valid(); iter.Next() {
				n += delta
			}
			return nil
		}
		if scope == "" {
			// A whole kind's items are counted in the index: no need to walk them every poll.
			counts, err := countsOf(txn, kind)
			if err != nil {
				return err
			}
			for _, c := range counts {
				n += c
			}
		} else if err := count(itemScope(kind, scope), 1); err != nil {
			return err
		}
		return count(goneScan(kind, scope), -1)
	})
	if err != nil {
		return 0, fmt.Errorf("count the %s items: %w", kind, err)
	}
	return n, nil
}

// itemScope is the key prefix of kind's items within scope (a project's items have keys
// "<project>/<id>").
func itemScope(kind Kind, scope string) []byte {
	if scope == "" {
		return kindPrefix(kind)
	}
	return []byte(string(kindPrefix(kind)) + strings.TrimSuffix(scope, "/") + "/")
}
