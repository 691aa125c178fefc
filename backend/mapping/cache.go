package mapping

import (
	"errors"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"joblink/backend/engine"
)

// verifyEvery bounds how long a change no signal shows goes unseen (none should: the engine's
// version covers every item saved): a request that finds the view older than this has the
// items read again, in the background.
const verifyEvery = 5 * time.Minute

// viewCache keeps one side's view between requests. Requests read the published snapshot
// and never wait for a rebuild, except the very first; a stale one is refreshed in the
// background. A refresh reads the items (and, when the mirror may have changed, the mirror)
// but recomputes only the rows whose item changed, ranks only the rows that have no ranking
// from the current index, and rebuilds the index only when the mirror's records changed. The
// service's own actions update the rows they touched before they return.
type viewCache struct {
	svc  *Service
	side Side
	snap atomic.Pointer[snapshot]

	mu    sync.Mutex // one refresh or update at a time; guards rows, order, qb and gen
	rows  map[string]*itemRow
	order []*itemRow // the rows in view order, as last published
	qb    *qbSide
	gen   uint64

	wanted  atomic.Bool // a background refresh was asked for
	running atomic.Bool // a background refresh is under way
	dirty   atomic.Bool // an update failed: the snapshot may miss an action
}

// current returns the snapshot to answer from.
func (c *viewCache) current() (*snapshot, error) {
	if s := c.snap.Load(); s != nil {
		if c.stale(s) {
			c.refreshSoon()
		}
		return s, nil
	}
	if err := c.refresh(false); err != nil {
		return nil, err
	}
	return c.snap.Load(), nil
}

// fresh returns a snapshot that has seen every change made so far, for actions over the
// whole list (link all exact matches, import) that must not act on a stale one.
func (c *viewCache) fresh() (*snapshot, error) {
	if err := c.refresh(true); err != nil {
		return nil, err
	}
	return c.snap.Load(), nil
}

func (c *viewCache) stale(s *snapshot) bool {
	return c.dirty.Load() || time.Since(s.checked) > verifyEvery || c.svc.readSignals(c.side) != s.signals
}

// refreshSoon refreshes in the background, one refresh at a time; asking while one runs has
// it look again when it ends.
func (c *viewCache) refreshSoon() {
	c.wanted.Store(true)
	if c.svc.closed.Load() || !c.running.CompareAndSwap(false, true) {
		return
	}
	c.svc.background.Add(1)
	go func() {
		defer c.svc.background.Done()
		for c.wanted.Swap(false) && !c.svc.closed.Load() {
			_ = c.refresh(false) // a failure leaves the snapshot stale: the next request asks again
		}
		c.running.Store(false)
		if c.wanted.Load() {
			c.refreshSoon() // asked for between the last look and the end
		}
	}()
}

// refresh reads the items (and the mirror, when it may have changed) and publishes a new
// snapshot. Unless forced it does nothing when the snapshot is not stale (another refresh got
// there first).
func (c *viewCache) refresh(force bool) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.snap.Load()
	if !force && old != nil && !c.stale(old) {
		return nil
	}
	sig := c.svc.readSignals(c.side) // before reading: a change from now on shows next time
	wasDirty := c.dirty.Swap(false)
	changed, err := c.reread(old, sig)
	if err != nil {
		if wasDirty {
			c.dirty.Store(true)
		}
		return err
	}
	var s *snapshot
	if changed || old == nil {
		s = c.assemble()
	} else {
		copied := *old // nothing moved: the same view, known to be current as of now
		s = &copied
	}
	// verifyEvery runs from when the view is ready, so that a first build of several seconds
	// is not stale at once; signals read before reading cover changes made meanwhile.
	s.signals, s.checked = sig, time.Now()
	c.snap.Store(s)
	return nil
}

// reread brings the rows (and the QuickBooks side, when sig says it may have changed) up to
// date with the items, recomputing only the rows whose item changed, and reports whether
// anything did.
func (c *viewCache) reread(old *snapshot, sig signals) (changed bool, err error) {
	items, err := c.svc.engine.Items(c.side.Kind())
	if err != nil {
		return false, err
	}
	if c.qb == nil || old == nil || sig.mirror != old.signals.mirror || sig.run != old.signals.run {
		qb, err := readQuickBooks(c.svc.mirror, c.side, c.qb, c.nextGen)
		if err != nil {
			return false, err
		}
		changed = qb != c.qb
		c.qb = qb
	}
	reread := old == nil || sig.connected != old.signals.connected
	rows := make(map[string]*itemRow, len(items))
	for _, it := range items {
		prev := c.rows[it.ID]
		if prev != nil && !reread && prev.print == fingerprint(it) {
			rows[it.ID] = prev
			continue
		}
		r, err := c.svc.newItemRow(c.side, it, c.svc.connectedAt())
		if err != nil {
			return false, err
		}
		rows[it.ID] = keepRanking(r, prev)
		changed = true
	}
	changed = changed || len(rows) != len(c.rows)
	c.rows = rows
	return changed, nil
}

// changed shows the service's own action on ids in the view. The action is done whatever
// happens here: should reading the items fail, the next request reads them all again.
func (c *viewCache) changed(ids []string) {
	var err error
	if len(ids) > maxUpdate {
		err = c.refresh(true)
	} else {
		err = c.update(ids)
	}
	if err != nil {
		c.dirty.Store(true)
	}
}

// maxUpdate is how many items an update reads one by one; past it, reading them all is cheaper.
const maxUpdate = 500

// update re-reads the items the service's own action touched, so the view shows the action at
// once. Before the first view there is nothing to update.
func (c *viewCache) update(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.snap.Load()
	if old == nil || c.qb == nil {
		return nil
	}
	for _, id := range ids {
		it, err := c.svc.engine.Get(id)
		var unknown *engine.UnknownItemError
		switch {
		case errors.As(err, &unknown):
			delete(c.rows, id)
			continue
		case err != nil:
			return err
		}
		r, err := c.svc.newItemRow(c.side, it, c.svc.connectedAt())
		if err != nil {
			return err
		}
		c.rows[id] = keepRanking(r, c.rows[id])
	}
	s := c.assemble()
	s.signals, s.checked = old.signals, old.checked
	c.snap.Store(s)
	return nil
}

// assemble ranks the rows that need it and assigns suggestions: the next snapshot, to publish.
func (c *viewCache) assemble() *snapshot {
	ordered := c.ordered()
	var unranked []*itemRow
	for _, r := range ordered {
		if r.seeking() && r.rankedFor != c.qb.gen {
			unranked = append(unranked, r)
		}
	}
	rank(c.qb, unranked)
	return assemble(ordered, c.qb)
}

// ordered returns the rows in view order, sorting them only when a row came, went or was
// renamed: sorting 30,000 names costs more than the rest of an update.
func (c *viewCache) ordered() []*itemRow {
	if len(c.order) == len(c.rows) {
		out := make([]*itemRow, len(c.order))
		for i, r := range c.order {
			now, ok := c.rows[r.base.ID]
			if !ok || now.sortKey != r.sortKey {
				out = nil
				break
			}
			out[i] = now
		}
		if out != nil {
			c.order = out
			return out
		}
	}
	c.order = slices.Collect(maps.Values(c.rows))
	inViewOrder(c.order)
	return c.order
}

func (c *viewCache) nextGen() uint64 {
	c.gen++
	return c.gen
}

// keepRanking carries prev's ranking over to r when both are matched alike.
func keepRanking(r, prev *itemRow) *itemRow {
	if r.sameEntry(prev) {
		r.ranked, r.rankedFor = prev.ranked, prev.rankedFor
	}
	return r
}
