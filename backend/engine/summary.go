package engine

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// The bookkeeper's day, counted one way for the Dashboard (GET /api/summary) and the daily
// notification: documents waiting for a decision, items that need the bookkeeper (refused by
// QuickBooks, or retried by Joblink) per kind, and what reached QuickBooks today. Records that
// are merely ready to export from their own page (every Procore company is a vendor ready to
// export) are shown per kind but never counted as work: nobody asked to export them.

// exportedTodayBound is how many of today's audit entries the exported-today count reads at
// most (newest first): beyond it the count says "at least" (ExportedTodayCapped).
const exportedTodayBound = 20000

// KindWork is one kind's share of the bookkeeper's work, from the kept counts.
type KindWork struct {
	Kind  Kind   `json:"kind"`
	Label string `json:"label"`
	// Approval: Ready counts documents waiting for a decision on Approvals.
	Approval bool `json:"approval"`
	// Ready: waiting for a decision (Approval) or ready to export from the kind's own page.
	Ready     int `json:"ready"`
	Attention int `json:"attention"` // refused; waits for the bookkeeper to change the data
	// LinkedElsewhere: the part of Attention Procore links to another integration's record —
	// one decision for them all (replace the links, or skip them), not n refusals.
	LinkedElsewhere int `json:"linkedElsewhere"`
	Retrying        int `json:"retrying"` // a passing problem; Joblink tries again by itself
	// Queued: accepted, waiting for the next Web Connector run (queued, waiting, sending).
	Queued        int `json:"queued"`
	ExportedToday int `json:"exportedToday"`
}

// Today is the bookkeeper's day in counts.
type Today struct {
	// Decisions: documents waiting for a decision (the approvals badge).
	Decisions int `json:"decisions"`
	// Attention: items refused by QuickBooks or Procore, every kind (Retrying not included).
	Attention int `json:"attention"`
	// LinkedElsewhere: the part of Attention linked in Procore to another integration's records.
	LinkedElsewhere int        `json:"linkedElsewhere"`
	Retrying        int        `json:"retrying"`
	Queued          int        `json:"queued"`
	Kinds           []KindWork `json:"kinds"`
	// ExportedToday counts the items that reached QuickBooks (or Procore) since local midnight.
	ExportedToday int `json:"exportedToday"`
	// ExportedTodayCapped: more of today's entries than exportedTodayBound; the count is a floor.
	ExportedTodayCapped bool      `json:"exportedTodayCapped"`
	Since               time.Time `json:"since"` // the start of today, local time
}

// Today counts the bookkeeper's work from the kept counts (no item is read) and what reached
// the other side since local midnight from today's audit entries (newest first, at most
// exportedTodayBound of them).
func (e *Engine) Today() (Today, error) {
	now := e.now()
	since := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	t := Today{Kinds: make([]KindWork, 0, len(e.flows)), Since: since}
	err := e.st.View(func(txn *badger.Txn) error {
		exported, capped, err := exportedSince(txn, since)
		if err != nil {
			return err
		}
		t.ExportedTodayCapped = capped
		for _, f := range e.flows {
			c, err := countsOf(txn, f.Kind())
			if err != nil {
				return err
			}
			elsewhere, err := readCount(txn, f.Kind(), elsewhereCount)
			if err != nil {
				return err
			}
			k := KindWork{Kind: f.Kind(), Label: f.Label(), Approval: f.Approval(), Ready: c["ready"],
				Attention: c["attention"], LinkedElsewhere: min(int(elsewhere), c["attention"]), Retrying: c["retrying"],
				Queued: c["queued"] + c["waiting"] + c["sending"], ExportedToday: exported[f.Kind()]}
			if k.Approval {
				t.Decisions += k.Ready
			}
			t.Attention += k.Attention
			t.LinkedElsewhere += k.LinkedElsewhere
			t.Retrying += k.Retrying
			t.Queued += k.Queued
			t.ExportedToday += k.ExportedToday
			t.Kinds = append(t.Kinds, k)
		}
		return nil
	})
	if err != nil {
		return Today{}, storeProblem(err)
	}
	return t, nil
}

// exportedSince counts, per kind, the audit entries since since that took an item from queued
// or sent to synced: an export that arrived (a link or a record found already linked is not).
func exportedSince(txn *badger.Txn, since time.Time) (map[Kind]int, bool, error) {
	out := map[Kind]int{}
	prefix := []byte(auditPrefix)
	iter := txn.NewIterator(badger.IteratorOptions{Reverse: true, Prefix: prefix, PrefetchValues: true, PrefetchSize: 100})
	defer iter.Close()
	// Stamps start with the time in nanoseconds, zero-padded: the first key before since's
	// stamp ends the scan.
	floor := append(slices.Clone(prefix), fmt.Sprintf("%020d", since.UnixNano())...)
	read := 0
	for iter.Seek(append(slices.Clone(prefix), 0xff)); iter.Valid(); iter.Next() {
		if bytes.Compare(iter.Item().Key(), floor) < 0 {
			return out, false, nil
		}
		if read == exportedTodayBound {
			return out, true, nil
		}
		read++
		val, err := iter.Item().ValueCopy(nil)
		if err != nil {
			return nil, false, err
		}
		en, err := decodeEntry(iter.Item().Key(), val)
		if err != nil {
			return nil, false, err
		}
		if en.To == Synced && (en.From == Queued || en.From == Sent) {
			out[en.Kind]++
		}
	}
	return out, false, nil
}

// Summary is the daily account of what waits for the bookkeeper, in words, counting what the
// Dashboard counts: a title for the notification and one line per kind with work. Empty when
// nothing waits.
func (e *Engine) Summary() (title string, lines []string, err error) {
	t, err := e.Today()
	if err != nil {
		return "", nil, err
	}
	for _, k := range t.Kinds {
		var parts []string
		if k.Approval && k.Ready > 0 {
			parts = append(parts, fmt.Sprintf("%s waiting for a decision", countWords(k.Ready, "document", "documents")))
		}
		if n := k.Attention - k.LinkedElsewhere; n > 0 {
			parts = append(parts, countWords(n, "needs", "need")+" your attention")
		}
		if k.LinkedElsewhere > 0 {
			parts = append(parts, thousands(k.LinkedElsewhere)+" linked to another integration in Procore (one decision, in bulk)")
		}
		if len(parts) > 0 {
			lines = append(lines, k.Label+": "+strings.Join(parts, ", "))
		}
	}
	var head []string
	if t.Decisions > 0 {
		head = append(head, countWords(t.Decisions, "document waits", "documents wait")+" for a decision")
	}
	if n := t.Attention - t.LinkedElsewhere; n > 0 {
		head = append(head, countWords(n, "item needs", "items need")+" your attention")
	}
	if t.LinkedElsewhere > 0 {
		head = append(head, countWords(t.LinkedElsewhere, "record", "records")+" linked to another integration")
	}
	if len(head) == 0 {
		return "", nil, nil
	}
	return "Joblink: " + strings.Join(head, ", "), lines, nil
}

// countWords is "1 document" or "3 documents" (one and many are whole phrases: "1 item needs").
func countWords(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%s %s", thousands(n), many)
}

// SummaryText is Summary as one paragraph.
func SummaryText(lines []string) string { return strings.Join(lines, "; ") + "." }
