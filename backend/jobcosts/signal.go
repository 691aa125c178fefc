package jobcosts

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dgraph-io/badger/v4"

	"joblink/qbwc/qbxml"
)

// The change signal's answer: which linked jobs to read. A row is a change when its
// transaction was not seen with that ModifiedTime before (the report's modified-date filter has
// day granularity, so yesterday's changes come back; a transaction already read is not read
// again). A changed transaction makes dirty the jobs it is on now and the jobs it was on before
// (a line moved from one job to another changes both). A deleted transaction makes dirty the
// jobs Joblink saw it on; a TxnID never seen was on no linked job when Joblink last read them
// (every linked job's detail is read in full when it is first read), so it changes nothing.

// txnRows gathers one transaction's rows in the signal.
type txnRows struct {
	modified string
	jobs     map[string]bool // job ListID → has a line read from the detail report
}

// signalChunk is how many changed transactions one store transaction applies at first.
const signalChunk = 500

func (s *Service) handleSignal(r *readRun, responseXML string) error {
	st, err := loadState(s.d.Store)
	if err != nil {
		return err
	}
	since := st.SignalFrom
	txns := map[string]*txnRows{}
	var deleted []string
	err = qbxml.ReadReports(strings.NewReader(responseXML), func(resp *qbxml.Response, rep *qbxml.ReportReader) error {
		if resp.Status.Code != 0 && resp.Status.Code != 1 { // 1: nothing matched
			return quickBooksRefused("ask QuickBooks which jobs' costs changed", resp.Status)
		}
		switch resp.RequestID {
		case "chg":
			if rep == nil {
				return nil
			}
			return qbxml.ReadTxnDetailReport(rep, func(row *qbxml.TxnDetailRow) error {
				if row.TxnID == "" || !modifiedSince(row, since) {
					return nil
				}
				t := txns[row.TxnID]
				if t == nil {
					t = &txnRows{jobs: map[string]bool{}}
					txns[row.TxnID] = t
				}
				t.modified = row.ModifiedTime
				if id, ok := r.byName[strings.ToLower(row.Job())]; ok {
					t.jobs[id] = t.jobs[id] || row.Item == "" || s.joblinkTxn(row.TxnID)
				}
				return nil
			})
		case "del":
			for _, ret := range resp.Rets {
				if d, ok := ret.(*qbxml.TxnDeletedRet); ok && d.TxnID != "" {
					deleted = append(deleted, d.TxnID)
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	ids := make([]string, 0, len(txns))
	for id := range txns {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	work := append(ids, deleted...)
	err = inChunks(s.d.Store, len(work), signalChunk, func(txn *badger.Txn, from, to int) error {
		dirty := map[string]bool{}
		for i, id := range work[from:to] {
			if from+i < len(ids) {
				if err := applyChangedTxn(txn, id, txns[id], dirty, s.now()); err != nil {
					return err
				}
			} else if err := applyDeletedTxn(txn, id, dirty); err != nil {
				return err
			}
		}
		if err := markDirty(txn, dirty, r.signalAt); err != nil {
			return err
		}
		if to < len(work) {
			return nil
		}
		var cur state
		if _, err := getJSON(txn, keyState, &cur); err != nil {
			return err
		}
		cur.SignalFrom = r.signalAt
		return setJSON(txn, keyState, &cur)
	})
	if err != nil {
		return fmt.Errorf("jobcosts: save the jobs to read: %w", err)
	}
	return nil
}

func applyChangedTxn(txn *badger.Txn, id string, t *txnRows, dirty map[string]bool, at time.Time) error {
	var seen txnSeen
	had, err := getJSON(txn, prefTxn+id, &seen)
	if err != nil {
		return err
	}
	now := make([]string, 0, len(t.jobs))
	var detail []string
	for job, d := range t.jobs {
		now = append(now, job)
		if d {
			detail = append(detail, job)
		}
	}
	slices.Sort(now)
	slices.Sort(detail)
	if had && seen.Modified == t.modified && slices.Equal(seen.Jobs, now) && readBefore(t.modified, seen.At) {
		return nil // already read
	}
	for _, job := range seen.Jobs {
		dirty[job] = dirty[job] || slices.Contains(seen.Detail, job)
	}
	for job, d := range t.jobs {
		dirty[job] = dirty[job] || d
	}
	if len(now) == 0 {
		if had {
			return txn.Delete([]byte(prefTxn + id))
		}
		return nil
	}
	return setJSON(txn, prefTxn+id, &txnSeen{Jobs: now, Detail: detail, Modified: t.modified, At: at})
}

func applyDeletedTxn(txn *badger.Txn, id string, dirty map[string]bool) error {
	var seen txnSeen
	had, err := getJSON(txn, prefTxn+id, &seen)
	if err != nil || !had {
		return err
	}
	for _, job := range seen.Jobs {
		dirty[job] = dirty[job] || slices.Contains(seen.Detail, job)
	}
	return txn.Delete([]byte(prefTxn + id))
}

func (s *Service) joblinkTxn(txnID string) bool {
	return s.d.CreatedByJoblink != nil && txnID != "" && s.d.CreatedByJoblink(txnID)
}

// modifiedSince keeps rows modified at or after since, as qbxml.ReadJobCostChanges does: a
// ModifiedTime without a UTC offset is the QuickBooks machine's local time, unknown here, so such
// a row is kept when within a day of since (the ModifiedTime check in applyChangedTxn then drops
// what was already read).
func modifiedSince(r *qbxml.TxnDetailRow, since time.Time) bool {
	if since.IsZero() || strings.TrimSpace(r.ModifiedTime) == "" {
		return true
	}
	t, err := r.Modified(time.UTC)
	if err != nil {
		return true
	}
	if _, err := time.Parse(time.RFC3339, strings.TrimSpace(r.ModifiedTime)); err == nil {
		return !t.Before(since)
	}
	return !t.Before(since.Add(-24 * time.Hour))
}

// quickBooksRefused words a QuickBooks error status.
func quickBooksRefused(what string, st qbxml.Status) error {
	return &Problem{Message: fmt.Sprintf("QuickBooks refused to %s: %s (status %d).", what, strings.TrimSpace(st.Message), st.Code),
		Fix: "Open the company file in QuickBooks as an administrator in single-user mode, then run the Web Connector again."}
}

func (p *Problem) Error() string { return p.Message + " " + p.Fix }

// readBefore reports whether a transaction stamped modified was certainly read by at: stamped
// at least two seconds earlier. A stamp without a UTC offset is this machine's local time
// (Joblink runs on the PC QuickBooks runs on); one that cannot be read is never "certainly".
func readBefore(modified string, at time.Time) bool {
	if at.IsZero() {
		return false
	}
	r := qbxml.TxnDetailRow{ModifiedTime: modified}
	m, err := r.Modified(time.Local)
	if err != nil {
		return false
	}
	return m.Before(at.Add(-2 * time.Second))
}
