package qbrefresh

import (
	"context"
	"fmt"
	"slices"
	"time"

	"joblink/backend/qbmirror"
	"joblink/qbwc/qbxml"
)

// run is one Web Connector session's refresh.
type run struct {
	started     time.Time
	companyFile string
	host        HostFacts
	lists       []*listRun
	deleted     []*deletedQuery
	sent        bool            // a request set is out; HandleResponse expects its answer
	inFlight    []*listRun      // lists in the request set QuickBooks has
	inFlightDel []*deletedQuery // deletion queries in it
	roundTrips  int

	gone        map[string]bool // ids deleted in QuickBooks, read in this run
	removed     map[qbmirror.Kind]int
	txnsDeleted int
}

func (r *run) byRequestID(id string) *listRun {
	for _, l := range r.lists {
		if l.requestID == id {
			return l
		}
	}
	return nil
}

func (r *run) deletedByRequestID(id string) *deletedQuery {
	for _, q := range r.deleted {
		if q.requestID == id {
			return q
		}
	}
	return nil
}

func (r *run) pendingDeleted() []*deletedQuery {
	var out []*deletedQuery
	for _, q := range r.deleted {
		if !q.finished() {
			out = append(out, q)
		}
	}
	return out
}

func (r *run) unfinished() []*listRun {
	var out []*listRun
	for _, l := range r.lists {
		if !l.finished() {
			out = append(out, l)
		}
	}
	return out
}

// progress is the share of lists and deletion queries finished (a first run's deletion query,
// never sent, does not count). It reaches 100 only when all are finished, which is exactly
// when NextRequest returns "".
func (r *run) progress() int {
	total := len(r.lists)
	done := total - len(r.unfinished())
	for _, q := range r.deleted {
		if !q.skip {
			total++
			if q.finished() {
				done++
			}
		}
	}
	return done * 100 / total
}

// BeginRun starts a refresh for one Web Connector session. A run still active is ended as
// interrupted first: the Web Connector has evidently given up on it.
func (e *Engine) BeginRun(ctx context.Context, host HostFacts, companyFile string) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.run != nil {
		summary := e.endLocked(ctx, ErrSuperseded)
		e.log.Warn().Str("summary", summary).Msg("a new run replaced one still active")
	}
	now := e.cfg.now()
	r := &run{started: now, companyFile: companyFile, host: host, gone: map[string]bool{}, removed: map[qbmirror.Kind]int{}}
	sweep, err := e.planDeletions(r, now)
	if err != nil {
		return storeProblem(err)
	}
	for _, o := range listOrder {
		watermark, err := e.mirror.Watermark(o.kind)
		if err != nil {
			return storeProblem(fmt.Errorf("read %s watermark: %w", o.kind, err))
		}
		memo, err := e.loadListMemo(o.kind)
		if err != nil {
			return storeProblem(err)
		}
		from := startFrom(watermark, memo.Cursor)
		if !from.IsZero() && memo.WatermarkOffset != nil {
			from = from.In(time.FixedZone("", *memo.WatermarkOffset))
		}
		l := &listRun{kind: o.kind, requestID: o.requestID, paged: o.paged, from: from, watermark: watermark}
		if slices.Contains(sweep, o.kind) {
			l.sweep, l.from, l.seen = true, time.Time{}, map[string]bool{}
		}
		r.lists = append(r.lists, l)
	}
	contact := Contact{At: now, CompanyFile: companyFile, Host: host}
	if err := e.saveJSON(contactKey, contact); err != nil {
		return storeProblem(err)
	}
	e.run = r
	e.log.Info().Str("companyFile", companyFile).Str("product", host.ProductName).Msg("QuickBooks list refresh started")
	return nil
}

// NextRequest returns the next qbXML message set: the deletion queries not yet asked and the
// current page of every unfinished list, or "" when all are finished. Until HandleResponse is called it returns the same set
// again, so a repeated sendRequestXML is harmless.
func (e *Engine) NextRequest(ctx context.Context) (string, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	r := e.run
	if r == nil {
		return "", ErrNoRun
	}
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("qbrefresh: next request: %w", err)
	}
	pending, pendingDel := r.unfinished(), r.pendingDeleted()
	if len(pending) == 0 && len(pendingDel) == 0 {
		r.sent, r.inFlight, r.inFlightDel = false, nil, nil
		return "", nil
	}
	// continueOnError: a list QuickBooks cannot read now must not stop the others.
	set := qbxml.MessageSet{Version: qbxml.Version13, OnError: qbxml.ContinueOnError}
	now := e.cfg.now()
	for _, q := range r.deleted {
		if q.askedAt.IsZero() {
			q.askedAt = now // a skipped query's cursor starts here (deletedcursor.go)
		}
	}
	// Deletions first: a page of this set that QuickBooks renders after a deletion it reports
	// must not bring the record back (page.go).
	for _, q := range pendingDel {
		set.AddWithID(q.requestID, q.request())
	}
	for _, l := range pending {
		if l.askedAt.IsZero() {
			// The first time only: a repeated set, or a Start again after an expired iterator,
			// is taken later still, so the earliest time is the safe bound (cursor.go).
			l.askedAt = now
		}
		set.AddWithID(l.requestID, l.query(e.cfg.pageSize))
	}
	doc, _, err := set.Build()
	if err != nil {
		// Queries carry no user text, so this is a Joblink bug, not bad data.
		return "", &Problem{
			Message: "Joblink could not build its request for the QuickBooks lists.",
			Fix:     "This is a Joblink bug; send Joblink's log files to support.",
			Err:     err,
		}
	}
	r.sent, r.inFlight, r.inFlightDel = true, pending, pendingDel
	return string(doc), nil
}

// EndRun ends the run and returns its one-line summary. err is why the session ended early
// (nil after a normal close); what was stored stays stored either way.
func (e *Engine) EndRun(ctx context.Context, err error) string {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.run == nil {
		return ""
	}
	return e.endLocked(ctx, err)
}

func (e *Engine) endLocked(_ context.Context, cause error) string {
	r := e.run
	e.run = nil
	result := RunResult{
		Started:     r.started,
		Ended:       e.cfg.now(),
		RoundTrips:  r.roundTrips,
		Changed:     map[qbmirror.Kind]int{},
		TxnsDeleted: r.txnsDeleted,
	}
	for k, n := range r.removed {
		if n > 0 {
			if result.Removed == nil {
				result.Removed = map[qbmirror.Kind]int{}
			}
			result.Removed[k] = n
		}
	}
	for _, q := range r.deleted {
		result.DeletionsUnread = result.DeletionsUnread || q.state != listRefreshed
	}
	read := 0
	for _, l := range r.lists {
		read += l.read
		result.Changed[l.kind] = l.changed
		if l.state != listRefreshed {
			result.Unread = append(result.Unread, l.kind)
		}
	}
	result.Interrupted = cause != nil && len(r.unfinished()) > 0
	result.Summary = summarize(r, cause)
	if err := e.saveJSON(lastRunKey, result); err != nil {
		// The mirror itself is saved page by page; only the dashboard's account of this run is lost.
		e.log.Error().Err(err).Msg("saving the result of the QuickBooks list refresh")
	}
	ev := e.log.Info()
	if cause != nil {
		ev = e.log.Warn().AnErr("cause", cause)
	}
	ev.Int("roundTrips", r.roundTrips).Int("recordsRead", read).Interface("changed", result.Changed).Strs("unread", kindNames(result.Unread)).
		Str("summary", result.Summary).Msg("QuickBooks list refresh ended")
	return result.Summary
}

func kindNames(ks []qbmirror.Kind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}
