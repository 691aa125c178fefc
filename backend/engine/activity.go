package engine

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// The activity log read as the Activity page asks for it: one kind or all, an outcome (the
// state an entry moved to), a date range and a search, newest first, a page at a time.
//
// A kind reads its own index and a date range seeks to its ends (audit keys are ordered by
// time), so those cost what the page holds. An outcome or a search must read entries it then
// leaves out: one request reads at most ActivityScanBound entries, and when it stops there with
// the page not full, Next continues the walk from where it stopped (ScannedTo says how far back
// it has looked).

// ActivityScanBound is how many audit entries one filtered request reads at most.
const ActivityScanBound = 5000

// ActivityFilter narrows the activity log.
type ActivityFilter struct {
	Kind Kind
	// To keeps the entries that moved an item to this state ("synced": exported; "failed":
	// refused; "rejected": rejected or skipped…); "" keeps all.
	To State
	// Since and Until keep the entries from Since (inclusive) to Until (exclusive); zero: open.
	Since, Until time.Time
	// Search keeps entries whose title, item id or message contains it, case-insensitively.
	Search string
	Before string // the Next of the page before; "" starts at the newest (or at Until)
	Limit  int    // 1 to 1000; 0: 100
}

// ActivityResult is one page of the filtered log.
type ActivityResult struct {
	Entries []Entry `json:"entries"`
	// Next continues the walk ("" when nothing older matches the range).
	Next string `json:"next"`
	// Scanned is how many entries this request read; ScannedTo the time of the oldest, when
	// the walk stopped at ActivityScanBound before the page was full (zero otherwise).
	Scanned   int       `json:"scanned"`
	ScannedTo time.Time `json:"scannedTo,omitzero"`
}

// stampFloor is the smallest stamp at or after t: entries before t sort below it.
func stampFloor(t time.Time) string { return fmt.Sprintf("%020d", t.UnixNano()) }

// ActivityFind returns one page of the activity log matching f, newest first.
func (e *Engine) ActivityFind(f ActivityFilter) (ActivityResult, error) {
	limit := f.Limit
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	search := strings.ToLower(strings.TrimSpace(f.Search))
	filtered := search != "" || f.To != ""
	res := ActivityResult{Entries: []Entry{}}
	// Every kind: the audit log itself; one kind: its own index, each key naming an entry.
	prefix := []byte(auditPrefix)
	if f.Kind != "" {
		prefix = kindAuditScan(f.Kind)
	}
	var floor []byte
	if !f.Since.IsZero() {
		floor = append(slices.Clone(prefix), stampFloor(f.Since)...)
	}
	err := e.st.View(func(txn *badger.Txn) error {
		iter := txn.NewIterator(badger.IteratorOptions{Reverse: true, Prefix: prefix, PrefetchValues: f.Kind == ""})
		defer iter.Close()
		// A reverse scan starts at the last key not after the seek key: one past the prefix,
		// Until's floor (entries at Until are after the range), or the cursor itself (passed
		// over: it was the last entry read before), whichever is oldest.
		seek := append(slices.Clone(prefix), 0xff)
		if !f.Until.IsZero() {
			seek = append(slices.Clone(prefix), stampFloor(f.Until)...)
		}
		if f.Before != "" {
			if c := append(slices.Clone(prefix), f.Before...); bytes.Compare(c, seek) < 0 {
				seek = c
			}
		}
		last := ""
		for iter.Seek(seek); iter.Valid(); iter.Next() {
			key := iter.Item().Key()
			if floor != nil && bytes.Compare(key, floor) < 0 {
				return nil // older than the range: the walk is over
			}
			stamp := string(bytes.TrimPrefix(key, prefix))
			if stamp == f.Before {
				continue
			}
			if len(res.Entries) == limit || (filtered && res.Scanned == ActivityScanBound) {
				res.Next = last // there is more: continue after the last entry read
				if len(res.Entries) < limit {
					res.ScannedTo = stampTime(last)
				}
				return nil
			}
			en, err := readEntry(txn, iter.Item(), f.Kind != "", stamp)
			if err != nil {
				return err
			}
			res.Scanned++
			last = stamp
			if matches(en, f.To, search) {
				res.Entries = append(res.Entries, en)
			}
		}
		return nil
	})
	if err != nil {
		return ActivityResult{}, storeProblem(err)
	}
	return res, nil
}

// stampTime is the time an audit stamp starts with (nanoseconds since 1970).
func stampTime(stamp string) time.Time {
	ns, err := strconv.ParseInt(strings.SplitN(stamp, "/", 2)[0], 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.Unix(0, ns)
}

// readEntry reads the audit entry an iterator stands on: the entry itself, or, in a kind's
// index, the entry its key names.
func readEntry(txn *badger.Txn, at *badger.Item, indexed bool, stamp string) (Entry, error) {
	key := []byte(auditPrefix + stamp)
	if !indexed {
		val, err := at.ValueCopy(nil)
		if err != nil {
			return Entry{}, err
		}
		return decodeEntry(key, val)
	}
	entry, err := txn.Get(key)
	if err != nil {
		return Entry{}, fmt.Errorf("read audit entry %s: %w", stamp, err)
	}
	val, err := entry.ValueCopy(nil)
	if err != nil {
		return Entry{}, err
	}
	return decodeEntry(key, val)
}

// matches reports whether en moved to state to ("" any) and holds search (lower case, "" any).
func matches(en Entry, to State, search string) bool {
	if to != "" && en.To != to {
		return false
	}
	if search == "" {
		return true
	}
	for _, s := range []string{en.Title, en.ItemID, en.Message} {
		if strings.Contains(strings.ToLower(s), search) {
			return true
		}
	}
	return false
}
