package qbrefresh

import "time"

// Where the next refresh of a list starts (its FromModifiedDate, which QuickBooks applies
// inclusively to TimeModified, a whole second).
//
// Starting again at the newest TimeModified read, as refreshes used to, re-reads every record
// of that second in every run (15,000 vendors imported in one second cost 30 pages per quiet
// session), and is not even safe while paging (below). Starting at the second after it is safe only if QuickBooks can no longer write a record in
// that second, or in any second before it, that this run did not see. What bounds that is
// QuickBooks' clock when it took the query: every write it makes afterwards is stamped with
// that time or later. So the cursor is
//
//	min(newest read + 1 s, the second Joblink asked for the list's first page − clockMargin)
//
// never below where the run started. The first term skips the records already read; the
// second keeps any second QuickBooks may still have been writing in. Together they cover:
//
//   - a run in the same second as the newest record (QuickBooks' clock had not moved on):
//     that second, and clockMargin before it, are read again next time;
//   - a change made while a list is paged: QuickBooks fixes an iterator's records at Start
//     but renders each page when sent, so a later page may carry a newer TimeModified than a
//     change that missed an earlier page — the newest record read is no bound, the Start is;
//   - a list with nothing new: no newer record, no new cursor.
//
// The time of asking is Joblink's clock, before the request leaves; QuickBooks takes it later.
// Joblink serves the Web Connector on localhost only, beside QuickBooks, so both read the same
// clock; clockMargin absorbs QuickBooks stamping a record just before it commits it, and a
// QuickBooks clock a few seconds behind. (Whether QuickBooks in multi-user mode stamps records
// with each workstation's clock is unverified; one lagging by more than that would defeat the
// old watermark as well.) The first term bounds the harm of a clock that is wrong after all:
// however far ahead Joblink's clock is, the cursor never passes the second after the newest
// record read.
//
// Records Joblink writes itself (exports, after the refresh in the same session) are read once
// by the next refresh: QuickBooks cannot leave them out of a query, and skipping their seconds
// would skip whatever the bookkeeper changed in the same seconds. They match the mirror, so
// they are not written or counted again, and the cursor then passes them.
const clockMargin = 5 * time.Second

// nextCursor is where the list's next refresh starts, after a complete pass that began at
// from, read newest as its newest TimeModified (zero: nothing) and was first asked for at
// askedAt by Joblink's clock.
func nextCursor(from, newest, askedAt time.Time) time.Time {
	if newest.IsZero() {
		return from
	}
	next := newest.Truncate(time.Second).Add(time.Second)
	if settled := askedAt.Truncate(time.Second).Add(-clockMargin); settled.Before(next) {
		next = settled
	}
	// Everything before from was settled when the last run asked, and QuickBooks' clock only
	// moves on; a Joblink clock set back must not make the run read what it already has.
	if next.Before(from) {
		next = from
	}
	return next
}

// listCursor is a list's saved cursor with the mirror watermark it was saved beside.
type listCursor struct {
	From      time.Time `json:"from"`
	Watermark time.Time `json:"watermark"`
}

// startFrom is where a run reads a list from: the saved cursor while it belongs to the mirror's
// watermark, else the watermark itself, inclusive, as refreshes did before there were cursors
// (an older database, or a watermark that moved without its cursor being saved).
func startFrom(watermark time.Time, c *listCursor) time.Time {
	if c != nil && c.Watermark.Equal(watermark) {
		return c.From
	}
	return watermark
}
