package qbrefresh

import (
	"slices"
	"time"

	"joblink/backend/qbmirror"
)

// Where the next deletion query starts (its FromDeletedDate, which QuickBooks applies
// inclusively to TimeDeleted, a whole second stamped by its own clock).
//
// The rule is the list cursor's (cursor.go), for the same reasons: a deletion QuickBooks makes
// after it took the query is stamped with that time or later, so the next query starts at
//
//	min(newest TimeDeleted read + 1 s, the second Joblink asked − clockMargin)
//
// never below where this one started. A query that finds nothing leaves the cursor where it was,
// as a quiet list does: an empty range costs QuickBooks the same, and Joblink's clock alone
// never moves it. Deletions read in the margin are read again by the next query; the memo keeps
// their ids (Seen) so they are not reported twice. The cursor moves only
// once the deletions it passes are out of the mirror and the sink has been told, so a run that
// stops in between reads them again: the mirror and the sink both take a repeat in their stride.
//
// The first run needs no query at all: an empty mirror has nothing to remove, and the lists it
// reads are read whole. Its cursor is the second it asked for the lists less the margin, since
// whatever QuickBooks deletes after that the lists' pages may or may not have shown.
//
// QuickBooks keeps deletions for about 90 days only (Conductor's documentation; not confirmed
// by Intuit). A mirror that was not checked for longer (Joblink off for months), or that was
// filled before Joblink asked for deletions at all, may hold records whose deletion QuickBooks
// has already forgotten: then each list is read whole once and what QuickBooks no longer has
// is taken out (sweep.go). historyTrusted leaves a month's room under the 90 days for
// QuickBooks keeping less than reported.
const historyTrusted = 60 * 24 * time.Hour

// deletedMemo is what a deletion query remembers between runs.
type deletedMemo struct {
	Types []string  `json:"types"` // the ListDelType/TxnDelType values From holds for
	From  time.Time `json:"from"`  // the next FromDeletedDate; zero: everything QuickBooks keeps
	// Offset is the UTC offset (seconds) QuickBooks wrote the newest TimeDeleted with: From is
	// sent with it, as the list cursors are (state.go).
	Offset *int `json:"offset,omitempty"`
	// Seen are the ids of deletions at or after From that were already applied and reported.
	Seen []string `json:"seen,omitempty"`
	// CheckedAt is Joblink's clock when QuickBooks last answered the query.
	CheckedAt time.Time `json:"checkedAt"`
	// Sweep are the lists still to be read whole and compared, because deletions may have been
	// forgotten by QuickBooks before Joblink asked (see historyTrusted).
	Sweep []qbmirror.Kind `json:"sweep,omitempty"`
}

func deletedKey(name string) []byte { return []byte("qbrefresh/deleted/" + name) }

// covers reports whether the memo's cursor holds for all of types: a type Joblink starts to
// ask for has no history yet.
func (m *deletedMemo) covers(types []string) bool {
	for _, t := range types {
		if !slices.Contains(m.Types, t) {
			return false
		}
	}
	return true
}

// stale reports whether QuickBooks may have forgotten deletions since the memo's last check.
func (m *deletedMemo) stale(now time.Time) bool {
	return now.Sub(m.CheckedAt) > historyTrusted
}

// settledBefore is the earliest second QuickBooks may still have been writing in when Joblink
// asked it something at askedAt: the second asked, less the margin (cursor.go). It is a first
// run's deletion cursor, and where a sweep stops trusting the mirror (sweep.go).
func settledBefore(askedAt time.Time) time.Time {
	return askedAt.Truncate(time.Second).Add(-clockMargin)
}

func (e *Engine) loadDeletedMemo(name string) (*deletedMemo, error) {
	var m deletedMemo
	found, err := e.loadJSON(deletedKey(name), &m)
	if !found || err != nil {
		return nil, err
	}
	return &m, nil
}

func (e *Engine) saveDeletedMemo(name string, m *deletedMemo) error {
	return e.saveJSON(deletedKey(name), m)
}
