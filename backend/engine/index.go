package engine

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dgraph-io/badger/v4"
)

// The work index answers "what needs work?", "how many?" and "which page?" without reading
// the items: every question the engine asks on a step, a request or a page costs in
// proportion to the answer, not to the items stored (documents never leave the store).
//
// putItem keeps it in the same transaction as the item, from the index record it wrote last
// time (work/ix/<id>), so an item can never be indexed under a state it has left, even when
// a transaction is retried.
const (
	ixPrefix    = "work/ix/"    // <id> → indexRecord: what the index holds for the item
	titlePrefix = "work/title/" // <kind>/<status or *>/<title>\x00<id> → search text (pages)
	duePrefix   = "work/due/"   // <bucket>/<kind>/<due>/<id> → run id (sent) or nothing
	countPrefix = "work/count/" // <kind>/<status> → how many items have that status
	depPrefix   = "work/dep/"   // <parent id>\x00<child id>: items waiting for another item
	// waitedPrefix marks an item some other item has waited for: syncing an item reads its
	// dependants only when it is marked, because an iterator inside a write transaction
	// costs a sort of everything the transaction wrote so far.
	waitedPrefix = "work/waited/" // <parent id>
	// refCountPrefix counts the items linked to a QuickBooks record, so that linking checks
	// "is it taken?" with one read instead of an iterator (see waitedPrefix).
	refCountPrefix = "work/refn/" // <kind>/<ref> → how many items are linked to it
	refPrefix      = "work/ref/"  // <kind>/<ListID or t:TxnID>\x00<id>: the items linked to a record

	indexVersionKey = "work/index-version"
	indexVersion    = "1"

	allStatuses = "*" // the title index's status segment holding every item of a kind
	maxTitleKey = 200 // bytes of the title kept in keys: enough to order, small enough to index
)

// A bucket is one kind of work waiting: the exporter, the write-back pass and the lookups each
// read their own buckets, ordered by when the work falls due.
const (
	bucketQueued = "queued" // queued for QuickBooks, due at NotBefore
	bucketReread = "reread" // queued, to be read from QuickBooks first (stale EditSequence)
	bucketRetry  = "retry"  // failed with a transient error, due at NotBefore
	bucketSent   = "sent"   // in QuickBooks' hands; the value names the run that sent it
	bucketLink   = "link"   // synced, its link not yet written to Procore
	bucketClear  = "clear"  // unlinked, Procore's copy of the old link not yet cleared
)

// indexRecord is what the index holds for one item.
type indexRecord struct {
	Kind   Kind     `json:"k"`
	Status string   `json:"s"`
	Title  string   `json:"t"`
	Search string   `json:"q"`
	Due    []dueKey `json:"d,omitempty"`
	Ref    string   `json:"r,omitempty"`
	Waits  []string `json:"w,omitempty"` // the items it waits for
	// Elsewhere: needs attention because Procore links it to another integration's record,
	// counted under elsewhereCount as well as under its status.
	Elsewhere bool `json:"e,omitempty"`
	Deleted   bool `json:"-"`
}

type dueKey struct {
	Bucket string `json:"b"`
	At     int64  `json:"a,omitempty"` // Unix nanoseconds; 0: due now
	Run    string `json:"r,omitempty"`
}

// indexOf derives an item's index record.
func indexOf(it *Item) indexRecord {
	rec := indexRecord{
		Kind:   it.Kind,
		Status: it.Status(),
		Title:  it.Title,
		Search: strings.ToLower(it.Title + " " + it.Detail),
	}
	rec.Elsewhere = it.State == Failed && it.LinkedElsewhere && rec.Status == "attention"
	due := func(b string, at time.Time, run string) {
		var n int64
		if !at.IsZero() {
			n = max(at.UnixNano(), 0)
		}
		rec.Due = append(rec.Due, dueKey{Bucket: b, At: n, Run: run})
	}
	switch it.State {
	case Queued:
		if it.Blocked != nil {
			rec.Waits = it.Blocked.On
			break
		}
		if it.Reread {
			due(bucketReread, time.Time{}, "")
		} else {
			due(bucketQueued, it.NotBefore, "")
		}
	case Failed:
		if it.Failure != nil && it.Failure.Class != FixData {
			due(bucketRetry, it.NotBefore, "")
		}
	case Sent:
		due(bucketSent, time.Time{}, it.RunID)
	case Synced:
		// An item going to Procore is linked by being pushed (it.Procore).
		if !it.LinkedInSource && it.QB != nil && it.Procore == nil {
			due(bucketLink, time.Time{}, "")
		}
	}
	if it.ClearInSource && it.QB == nil {
		due(bucketClear, time.Time{}, "")
	}
	if it.QB != nil {
		rec.Ref = refOf(*it.QB)
	}
	return rec
}

func refOf(r QBRef) string {
	if r.ListID != "" {
		return r.ListID
	}
	if r.TxnID != "" {
		return "t:" + r.TxnID
	}
	return ""
}

// keys lists the index entries of the record of item id, with their values.
func (rec indexRecord) keys(id string) map[string][]byte {
	out := map[string][]byte{}
	if rec.Deleted {
		return out
	}
	search := []byte(rec.Search)
	out[string(titleKey(rec.Kind, allStatuses, rec.Title, id))] = search
	out[string(titleKey(rec.Kind, rec.Status, rec.Title, id))] = search
	for _, d := range rec.Due {
		out[string(dueKeyOf(d.Bucket, rec.Kind, d.At, id))] = []byte(d.Run)
	}
	if rec.Ref != "" {
		out[string(refScan(rec.Kind, rec.Ref))+id] = nil
	}
	for _, parent := range rec.Waits {
		out[string(depScan(parent))+id] = nil
	}
	return out
}

func refScan(kind Kind, ref string) []byte {
	return []byte(refPrefix + string(kind) + "/" + ref + "\x00")
}

func depScan(parent string) []byte { return []byte(depPrefix + parent + "\x00") }

func titleKey(kind Kind, status, title, id string) []byte {
	return []byte(titlePrefix + string(kind) + "/" + status + "/" + clip(title, maxTitleKey) + "\x00" + id)
}

func titleScan(kind Kind, status string) []byte {
	return []byte(titlePrefix + string(kind) + "/" + status + "/")
}

// idOfTitleKey returns the item id at the end of a title key.
func idOfTitleKey(k []byte) string {
	i := bytes.LastIndexByte(k, 0)
	return string(k[i+1:])
}

func dueKeyOf(bucket string, kind Kind, at int64, id string) []byte {
	return fmt.Appendf(nil, "%s%s/%s/%020d/%s", duePrefix, bucket, kind, at, id)
}

func dueScan(bucket string, kind Kind) []byte {
	return []byte(duePrefix + bucket + "/" + string(kind) + "/")
}

// dueOf reads the due time and item id of a due key under prefix.
func dueOf(k, prefix []byte) (at int64, id string) {
	rest := k[len(prefix):]
	if len(rest) < 21 {
		return 0, ""
	}
	at, _ = strconv.ParseInt(string(rest[:20]), 10, 64)
	return at, string(rest[21:])
}

// countKey is where a kind's count of a status is kept; refCountKey turns a QuickBooks
// record into a "status" counted under refCountPrefix instead.
func countKey(kind Kind, status string) []byte {
	if ref, ok := strings.CutPrefix(status, refCountMark); ok {
		return []byte(refCountPrefix + string(kind) + "/" + ref)
	}
	return []byte(countPrefix + string(kind) + "/" + status)
}

const refCountMark = "\x00ref:"

// elsewhereCount is the "status" a kind's count of items linked elsewhere is kept under (a
// part of its "attention" count; not one of Statuses, so no page filters by it).
const elsewhereCount = "attention-elsewhere"

func refCountKey(ref string) string { return refCountMark + ref }

// clip cuts s to at most n bytes on a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// readIndex returns what the index holds for item id (Deleted when nothing).
func readIndex(txn *badger.Txn, id string) (indexRecord, error) {
	entry, err := txn.Get([]byte(ixPrefix + id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return indexRecord{Deleted: true}, nil
	}
	if err != nil {
		return indexRecord{}, fmt.Errorf("read the index of work item %s: %w", id, err)
	}
	var rec indexRecord
	if err := entry.Value(func(v []byte) error { return json.Unmarshal(v, &rec) }); err != nil {
		return indexRecord{}, fmt.Errorf("decode the index of work item %s: %w", id, err)
	}
	return rec, nil
}

// reindex brings the index of item id from what it holds to rec, in txn.
func reindex(txn *badger.Txn, id string, rec indexRecord) error {
	old, err := readIndex(txn, id)
	if err != nil {
		return err
	}
	if sameIndex(old, rec) {
		return nil
	}
	oldKeys, newKeys := old.keys(id), rec.keys(id)
	for k := range oldKeys {
		if _, keep := newKeys[k]; !keep {
			if err := txn.Delete([]byte(k)); err != nil {
				return fmt.Errorf("index work item %s: %w", id, err)
			}
		}
	}
	for k, v := range newKeys {
		if was, ok := oldKeys[k]; ok && bytes.Equal(was, v) {
			continue
		}
		if err := txn.Set([]byte(k), v); err != nil {
			return fmt.Errorf("index work item %s: %w", id, err)
		}
	}
	if !old.Deleted && old.Ref != "" && (old.Ref != rec.Ref || old.Kind != rec.Kind) {
		if err := addCount(txn, old.Kind, refCountKey(old.Ref), -1); err != nil {
			return err
		}
	}
	if rec.Ref != "" && (old.Deleted || old.Ref != rec.Ref || old.Kind != rec.Kind) {
		if err := addCount(txn, rec.Kind, refCountKey(rec.Ref), +1); err != nil {
			return err
		}
	}
	for _, parent := range rec.Waits {
		if err := txn.Set([]byte(waitedPrefix+parent), nil); err != nil {
			return fmt.Errorf("index work item %s: %w", id, err)
		}
	}
	if !old.Deleted && old.Elsewhere && (!rec.Elsewhere || old.Kind != rec.Kind) {
		if err := addCount(txn, old.Kind, elsewhereCount, -1); err != nil {
			return err
		}
	}
	if rec.Elsewhere && (old.Deleted || !old.Elsewhere || old.Kind != rec.Kind) {
		if err := addCount(txn, rec.Kind, elsewhereCount, +1); err != nil {
			return err
		}
	}
	if !old.Deleted && (old.Status != rec.Status || old.Kind != rec.Kind) {
		if err := addCount(txn, old.Kind, old.Status, -1); err != nil {
			return err
		}
	}
	if old.Deleted || old.Status != rec.Status || old.Kind != rec.Kind {
		if err := addCount(txn, rec.Kind, rec.Status, +1); err != nil {
			return err
		}
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("encode the index of work item %s: %w", id, err)
	}
	if err := txn.Set([]byte(ixPrefix+id), b); err != nil {
		return fmt.Errorf("index work item %s: %w", id, err)
	}
	return nil
}

func sameIndex(a, b indexRecord) bool {
	if a.Deleted != b.Deleted || a.Elsewhere != b.Elsewhere || a.Kind != b.Kind || a.Status != b.Status || a.Title != b.Title || a.Search != b.Search || a.Ref != b.Ref || len(a.Due) != len(b.Due) || !slices.Equal(a.Waits, b.Waits) {
		return false
	}
	for i := range a.Due {
		if a.Due[i] != b.Due[i] {
			return false
		}
	}
	return true
}

// addCount changes a kind's count of a status by delta, in txn (which sees its own writes,
// so counts stay right however many items one transaction changes).
func addCount(txn *badger.Txn, kind Kind, status string, delta int64) error {
	n, err := readCount(txn, kind, status)
	if err != nil {
		return err
	}
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(max(n+delta, 0)))
	if err := txn.Set(countKey(kind, status), b[:]); err != nil {
		return fmt.Errorf("count %s %s: %w", kind, status, err)
	}
	return nil
}

func readCount(txn *badger.Txn, kind Kind, status string) (int64, error) {
	entry, err := txn.Get(countKey(kind, status))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read the count of %s %s: %w", kind, status, err)
	}
	var n int64
	err = entry.Value(func(v []byte) error {
		if len(v) != 8 {
			return fmt.Errorf("count of %s %s: %d bytes", kind, status, len(v))
		}
		n = int64(binary.BigEndian.Uint64(v))
		return nil
	})
	return n, err
}

// countsOf returns a kind's count per status word.
func countsOf(txn *badger.Txn, kind Kind) (map[string]int, error) {
	out := make(map[string]int, len(Statuses))
	for _, s := range Statuses {
		n, err := readCount(txn, kind, s)
		if err != nil {
			return nil, err
		}
		out[s] = int(n)
	}
	return out, nil
}

// scanKeys calls fn for each key under prefix, in order, until fn returns false. Values are
// not fetched unless fn reads them: index values are small and stored with their keys.
func scanKeys(txn *badger.Txn, prefix []byte, fn func(item *badger.Item) (bool, error)) error {
	return scanKeysAfter(txn, prefix, nil, fn)
}

// scanKeysAfter is scanKeys starting after the key after (nil: from the start).
func scanKeysAfter(txn *badger.Txn, prefix, after []byte, fn func(item *badger.Item) (bool, error)) error {
	opts := badger.IteratorOptions{Prefix: prefix}
	iter := txn.NewIterator(opts)
	defer iter.Close()
	start := prefix
	if after != nil {
		start = append(slices.Clone(after), 0) // the first key after it
	}
	for iter.Seek(start); iter.Valid(); iter.Next() {
		more, err := fn(iter.Item())
		if err != nil || !more {
			return err
		}
	}
	return nil
}

// scanDue calls fn for each item of kind in bucket due at or before now (until fn returns
// false), earliest first.
func scanDue(txn *badger.Txn, bucket string, kind Kind, now time.Time, fn func(id string, run []byte) (bool, error)) error {
	return scanDueAfter(txn, bucket, kind, now, nil, fn)
}

// scanDueAfter is scanDue starting after the key after (nil: from the start).
func scanDueAfter(txn *badger.Txn, bucket string, kind Kind, now time.Time, after []byte, fn func(id string, run []byte) (bool, error)) error {
	prefix := dueScan(bucket, kind)
	limit := now.UnixNano()
	return scanKeysAfter(txn, prefix, after, func(item *badger.Item) (bool, error) {
		at, id := dueOf(item.Key(), prefix)
		if at > limit {
			return false, nil
		}
		var run []byte
		if bucket == bucketSent {
			v, err := item.ValueCopy(nil)
			if err != nil {
				return false, err
			}
			run = v
		}
		return fn(id, run)
	})
}

// countDueLater counts the items of kind in bucket not due until after now: in proportion to
// them, not to the bucket.
func countDueLater(txn *badger.Txn, bucket string, kind Kind, now time.Time) int {
	prefix := dueScan(bucket, kind)
	opts := badger.IteratorOptions{Prefix: prefix}
	iter := txn.NewIterator(opts)
	defer iter.Close()
	n := 0
	for iter.Seek(fmt.Appendf(nil, "%s%020d", prefix, now.UnixNano()+1)); iter.Valid(); iter.Next() {
		n++
	}
	return n
}
