package qbrefresh

import (
	"time"

	"joblink/backend/qbmirror"
	"joblink/qbwc/qbxml"
)

// listState is where one list stands in the current run.
type listState int

const (
	listPending   listState = iota // still being read
	listRefreshed                  // read to its end; watermark moved
	listDeferred                   // QuickBooks asked to try later (locks, expired iterator)
	listFailed                     // QuickBooks refused; a problem is recorded
)

// listRun is one list's progress through a run.
type listRun struct {
	kind      qbmirror.Kind
	requestID string    // names the list and stays the same across iterator pages
	paged     bool      // the query is iterator-capable (AccountQuery is not)
	from      time.Time // FromModifiedDate: the cursor the last complete refresh left
	watermark time.Time // the mirror's watermark when the run began
	askedAt   time.Time // Joblink's clock when the list's first page was asked for in this run
	state     listState
	problem   *ListProblem // why the list was deferred or failed

	iteratorID string // empty: the next query starts (or restarts) the list
	restarts   int    // iterator restarts after 3391 in this run

	// sweep: the list is read whole and what QuickBooks did not return is taken out of the
	// mirror (sweep.go); seen holds the ListIDs the pass returned.
	sweep bool
	seen  map[string]bool

	newest       time.Time // newest TimeModified seen in this run
	newestOffset int       // UTC offset QuickBooks wrote newest with
	changed      int       // records new or different from the mirror
	read         int       // records QuickBooks returned
}

// listOrder is the order lists are read and reported in, with the requestID naming each.
var listOrder = []struct {
	kind      qbmirror.Kind
	requestID string
	paged     bool
}{
	{qbmirror.Accounts, "accounts", false},
	{qbmirror.Items, "items", true},
	{qbmirror.Vendors, "vendors", true},
	{qbmirror.Customers, "customers", true},
}

func (l *listRun) finished() bool { return l.state != listPending }

// query is the request for the list's next page. A Continue carries only MaxReturned: the
// iterator already holds the filter QuickBooks applied at Start.
func (l *listRun) query(pageSize int) qbxml.Request {
	var it qbxml.Iterator
	var sel qbxml.ListSelection
	switch {
	case l.iteratorID != "":
		it = qbxml.Iterator{Mode: qbxml.IteratorContinue, ID: l.iteratorID}
		sel.MaxReturned = pageSize
	default:
		// ActiveStatus All: an inactive vendor or job must still be found when mapping.
		sel.ActiveStatus = qbxml.ActiveAll
		sel.FromModifiedDate = l.from
		if l.paged {
			it = qbxml.Iterator{Mode: qbxml.IteratorStart}
			sel.MaxReturned = pageSize
		}
	}
	switch l.kind {
	case qbmirror.Accounts:
		// Not iterator-capable, and MaxReturned would silently cut the chart of accounts short.
		return qbxml.AccountQuery{ListSelection: sel}
	case qbmirror.Items:
		return qbxml.ItemQuery{Iterator: it, ListSelection: sel}
	case qbmirror.Vendors:
		return qbxml.VendorQuery{Iterator: it, ListSelection: sel}
	default:
		return qbxml.CustomerQuery{Iterator: it, ListSelection: sel}
	}
}

// noteNewest keeps the newest TimeModified and the offset QuickBooks wrote it with.
func (l *listRun) noteNewest(t time.Time) {
	if t.After(l.newest) {
		l.newest = t
		_, l.newestOffset = t.Zone()
	}
}
