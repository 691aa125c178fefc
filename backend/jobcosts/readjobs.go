package jobcosts

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"joblink/qbwc/qbxml"
)

// partial is what one message set brought back for one job.
type partial struct {
	report     *qbxml.JobCostReport
	detail     []qbxml.TxnDetailRow
	detailRead bool
	problem    *Problem
}

// saveChunk bounds the jobs saved in one store transaction (a job's detail can touch many
// transactions).
const saveChunk = 10

func (s *Service) handleJobs(r *readRun, responseXML string) error {
	got := map[string]*partial{}
	part := func(id string) *partial {
		p := got[id]
		if p == nil {
			p = &partial{}
			got[id] = p
		}
		return p
	}
	err := qbxml.ReadReports(strings.NewReader(responseXML), func(resp *qbxml.Response, rep *qbxml.ReportReader) error {
		id, ok := r.inFlight[resp.RequestID]
		if !ok {
			return nil
		}
		p := part(id)
		job := r.links[id].FullName
		if resp.Status.Code != 0 && resp.Status.Code != 1 {
			p.problem = &Problem{
				Message: fmt.Sprintf("QuickBooks refused the job-cost report of %q: %s (status %d).", job, strings.TrimSpace(resp.Status.Message), resp.Status.Code),
				Fix:     "Check that the job still exists in QuickBooks under that name (a renamed job is picked up by the next list refresh), then refresh its job costs.",
			}
			return nil
		}
		if strings.HasPrefix(resp.RequestID, "d") {
			p.detailRead = true
			if rep == nil {
				return nil
			}
			rows, err := qbxml.ReadJobCostDetail(rep)
			if err != nil {
				return fmt.Errorf("jobcosts: the cost detail of %q: %w", job, err)
			}
			p.detail = rows
			return nil
		}
		if rep == nil {
			p.report = &qbxml.JobCostReport{}
			return nil
		}
		jr, err := qbxml.ReadJobReport(rep)
		if err != nil {
			return fmt.Errorf("jobcosts: the job report of %q: %w", job, err)
		}
		if err := jr.CheckTotal(); err != nil {
			// Rows that do not add up to QuickBooks' own total are not written anywhere; the
			// job keeps its earlier figures and says why (the other jobs go on).
			p.problem = &Problem{Message: "QuickBooks' job-cost report of " + job + " did not add up (" + err.Error() + "); its figures were not taken.",
				Fix: "Refresh the project's job costs; if it happens again, run Verify Data in QuickBooks (File > Utilities) and send Joblink's log to support."}
			return nil
		}
		p.report = jr
		return nil
	})
	if err != nil {
		return err
	}
	ids := make([]string, 0, len(got))
	for id := range got {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	moved := map[string]bool{} // job → its figures for Procore changed (set again if a chunk is retried)
	for chunk := range slices.Chunk(ids, saveChunk) {
		err := s.d.Store.Update(func(txn *badger.Txn) error {
			for _, id := range chunk {
				var before, after JobActuals
				had, err := getJSON(txn, prefJob+id, &before)
				if err != nil {
					return err
				}
				if err := s.saveRead(txn, r.links[id], got[id]); err != nil {
					return err
				}
				if _, err := getJSON(txn, prefJob+id, &after); err != nil {
					return err
				}
				moved[id] = !had || !sameItems(before.Items, after.Items)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("jobcosts: save the job costs read: %w", err)
		}
	}
	for _, m := range moved {
		if m {
			r.toWrite++
		}
	}
	r.read += len(ids)
	return nil
}

// saveRead turns one job's answers into its stored actuals, beside what was stored before.
func (s *Service) saveRead(txn *badger.Txn, l Link, p *partial) error {
	var old JobActuals
	had, err := getJSON(txn, prefJob+l.ListID, &old)
	if err != nil {
		return err
	}
	j := &JobActuals{ListID: l.ListID, FullName: l.FullName, ReadAt: s.now()}
	if p.problem != nil || p.report == nil {
		// Keep the figures read before; say why they are not new.
		if had {
			prev := old
			j = &prev
		}
		j.Problem = p.problem
		if j.Problem == nil {
			j.Problem = &Problem{Message: "QuickBooks did not answer the job-cost report of " + l.FullName + ".", Fix: "Refresh its job costs again."}
		}
		if err := saveJob(txn, j); err != nil {
			return err
		}
		return txn.Delete([]byte(prefDirty + l.ListID))
	}
	// Lines from the detail report: costs without an item, and Joblink bills to subtract.
	joblink := map[string]int64{}
	if p.detailRead {
		for i := range p.detail {
			row := &p.detail[i]
			c, err := cents(string(row.Amount))
			if err != nil {
				return fmt.Errorf("jobcosts: %q: %w", l.FullName, err)
			}
			switch {
			case row.Item == "":
				j.NoCode = append(j.NoCode, CostLine{TxnID: row.TxnID, TxnType: row.TxnType, Date: row.Date, RefNumber: row.RefNumber,
					Name: row.SourceName, Account: row.Account, Memo: row.Memo, Amount: c})
				j.NoCodeTotal += c
			case s.joblinkTxn(row.TxnID):
				joblink[row.Item] += c
			}
		}
		if err := s.rememberTxns(txn, l.ListID, p.detail); err != nil {
			return err
		}
	} else {
		j.NoCode, j.NoCodeTotal = old.NoCode, old.NoCodeTotal
		for _, e := range old.Excluded {
			if e.Reason == ReasonJoblinkBill {
				joblink[e.Item] += e.Amount
			}
		}
	}
	for _, it := range p.report.Items {
		if it.Item == "" {
			continue
		}
		c, err := it.ActCost.Units(2)
		if err != nil {
			return fmt.Errorf("jobcosts: %q item %q: %w", l.FullName, it.Item, err)
		}
		j.ReportTotal += c
		if s.isRetainage(it.Item) {
			if c != 0 {
				j.Excluded = append(j.Excluded, Excluded{Item: it.Item, Amount: c, Reason: ReasonRetainage})
			}
			continue
		}
		if jb := joblink[it.Item]; jb != 0 {
			j.Excluded = append(j.Excluded, Excluded{Item: it.Item, Amount: jb, Reason: ReasonJoblinkBill})
			c -= jb
		}
		j.Items = append(j.Items, ItemActual{Item: it.Item, Actual: c})
	}
	// Compare with the last read: what changed, what is new, what went (kept at 0).
	for i := range j.Items {
		it := &j.Items[i]
		prev, was := old.actualOf(it.Item)
		switch {
		case !had:
		case !was:
			it.New = true
		case prev != it.Actual:
			p := prev
			it.Previous = &p
		}
	}
	if had {
		for _, o := range old.Items {
			if _, still := j.actualOf(o.Item); still || o.Actual == 0 && o.Previous == nil {
				continue
			}
			gone := ItemActual{Item: o.Item}
			if o.Actual != 0 {
				p := o.Actual
				gone.Previous = &p
			}
			j.Items = append(j.Items, gone)
		}
	}
	if had && sameActuals(&old, j) {
		// Nothing moved: keep its place in the change index (nothing to send to Procore).
		j.Seq = old.Seq
		if err := setJSON(txn, prefJob+j.ListID, j); err != nil {
			return err
		}
	} else if err := saveJob(txn, j); err != nil {
		return err
	}
	return txn.Delete([]byte(prefDirty + l.ListID))
}

// sameItems reports whether two reads give Procore the same figures (a project's item data is
// its job's items and actuals: the same, and the engine sends nothing).
func sameItems(a, b []ItemActual) bool {
	return slices.EqualFunc(a, b, func(x, y ItemActual) bool { return x.Item == y.Item && x.Actual == y.Actual })
}

// sameActuals reports whether two reads found the same figures.
func sameActuals(a, b *JobActuals) bool {
	if a.NoCodeTotal != b.NoCodeTotal || len(a.Items) != len(b.Items) || a.Problem != nil || b.Problem != nil {
		return false
	}
	for i := range a.Items {
		if a.Items[i].Item != b.Items[i].Item || a.Items[i].Actual != b.Items[i].Actual {
			return false
		}
	}
	return true
}

// rememberTxns records, per transaction on the job, that it is on the job and whether it has
// lines only the detail report shows, so a later change or deletion finds the job.
func (s *Service) rememberTxns(txn *badger.Txn, job string, rows []qbxml.TxnDetailRow) error {
	type seen struct {
		modified string
		detail   bool
	}
	byTxn := map[string]*seen{}
	for i := range rows {
		r := &rows[i]
		if r.TxnID == "" {
			continue
		}
		t := byTxn[r.TxnID]
		if t == nil {
			t = &seen{}
			byTxn[r.TxnID] = t
		}
		t.modified = r.ModifiedTime
		t.detail = t.detail || r.Item == "" || s.joblinkTxn(r.TxnID)
	}
	for id, t := range byTxn {
		var rec txnSeen
		if _, err := getJSON(txn, prefTxn+id, &rec); err != nil {
			return err
		}
		if !slices.Contains(rec.Jobs, job) {
			rec.Jobs = append(rec.Jobs, job)
			slices.Sort(rec.Jobs)
		}
		rec.Detail = slices.DeleteFunc(rec.Detail, func(j string) bool { return j == job })
		if t.detail {
			rec.Detail = append(rec.Detail, job)
			slices.Sort(rec.Detail)
		}
		rec.Modified, rec.At = t.modified, s.now()
		if err := setJSON(txn, prefTxn+id, &rec); err != nil {
			return err
		}
	}
	return nil
}
