package qbsim

import (
	"context"
	"strings"
	"testing"

	"joblink/qbwc/qbxml"
)

// processSet builds a codec message set, runs it through the simulator and returns the
// response document.
func processSet(t *testing.T, s *Session, ms *qbxml.MessageSet) string {
	t.Helper()
	doc, _, err := ms.Build()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := s.ProcessRequest(context.Background(), string(doc))
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// TestJobCostsThroughCodec reads the simulator's reports with the codec's readers, for every
// job of the reference company: the job report's totals check, and per job the item rows of
// the job report plus the item-less lines of the detail report add up to all its cost lines.
func TestJobCostsThroughCodec(t *testing.T) {
	c, err := NewReferenceCompany(WithClock(fixedClock()))
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.End()
	_, perJobItem, _ := expectedJobCosts(t)
	jobs := map[string]bool{}
	for k := range perJobItem {
		jobs[k[0]] = true
	}
	ms := qbxml.MessageSet{OnError: qbxml.ContinueOnError}
	for job := range jobs {
		ms.Add(qbxml.JobReportQuery{Job: job})
		ms.Add(qbxml.JobCostDetailQuery(job))
	}
	itemCost := map[string]int64{}  // job -> job report item rows' Act. Cost
	detail := map[string][2]int64{} // job -> all detail lines, lines without an item
	err = qbxml.ReadReports(strings.NewReader(processSet(t, s, &ms)), func(resp *qbxml.Response, rep *qbxml.ReportReader) error {
		if resp.Status.Code != 0 || rep == nil {
			t.Fatalf("%s %s: %v", resp.Name, resp.RequestID, resp.Status)
		}
		if resp.Name == "JobReportQueryRs" {
			jr, err := qbxml.ReadJobReport(rep)
			if err != nil {
				return err
			}
			if err := jr.CheckTotal(); err != nil {
				t.Error(err)
			}
			job := strings.TrimPrefix(jr.Title, "Job Estimates vs. Actuals Detail for ")
			for _, it := range jr.Items {
				n, _ := it.ActCost.Units(2)
				itemCost[job] += n
				if want := perJobItem[[2]string{job, it.Item}]; n != want {
					t.Errorf("%s / %s: codec reads %s, fixture %d cents", job, it.Item, it.ActCost, want)
				}
			}
			return nil
		}
		rows, err := qbxml.ReadJobCostDetail(rep)
		for _, r := range rows {
			n, _ := r.Amount.Units(2)
			d := detail[r.Job()]
			d[0] += n
			if r.Item == "" {
				d[1] += n
			}
			detail[r.Job()] = d
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	wantItems := map[string]int64{}
	for k, v := range perJobItem {
		wantItems[k[0]] += v
	}
	for job := range jobs {
		if itemCost[job] != wantItems[job] {
			t.Errorf("%s: item rows add up to %d cents, the fixture's item lines to %d", job, itemCost[job], wantItems[job])
		}
		if d := detail[job]; itemCost[job]+d[1] != d[0] {
			t.Errorf("%s: item rows %d + lines without an item %d != all cost lines %d (cents)", job, itemCost[job], d[1], d[0])
		}
	}

	// The change signal in one round trip: nothing since now; one bill modified shows its jobs.
	since := c.now()
	signal := qbxml.MessageSet{OnError: qbxml.ContinueOnError}
	signal.Add(qbxml.JobCostChangesQuery(since))
	signal.Add(qbxml.JobCostDeletedQuery(since))
	readSignal := func() (*qbxml.JobCostChanges, []qbxml.Ret) {
		var ch *qbxml.JobCostChanges
		var deleted []qbxml.Ret
		err := qbxml.ReadReports(strings.NewReader(processSet(t, s, &signal)), func(resp *qbxml.Response, rep *qbxml.ReportReader) error {
			if rep == nil {
				deleted = resp.Rets
				return nil
			}
			var err error
			ch, err = qbxml.ReadJobCostChanges(rep, since)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return ch, deleted
	}
	if ch, deleted := readSignal(); len(ch.Jobs) != 0 || len(deleted) != 0 {
		t.Errorf("quiet signal: %v, %d deleted", ch.Jobs, len(deleted))
	}
	bill := c.txnSeq[0]
	if bill.typ != TxnBill {
		t.Fatalf("first reference transaction is a %s", bill.typ.Name())
	}
	if _, err := s.ProcessRequest(context.Background(), msgSet("stopOnError",
		`<TxnVoidRq><TxnVoidType>Bill</TxnVoidType><TxnID>`+bill.txnID+`</TxnID></TxnVoidRq>`)); err != nil {
		t.Fatal(err)
	}
	ch, _ := readSignal()
	if strings.Join(ch.Jobs, "|") != "Smith, John:2024-017 Smith Remodel" || len(ch.TxnJobs[bill.txnID]) != 1 {
		t.Errorf("after voiding the first bill: jobs %v, txn jobs %v", ch.Jobs, ch.TxnJobs)
	}
}
