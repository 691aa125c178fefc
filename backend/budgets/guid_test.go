package budgets_test

import (
	"context"
	"strings"
	"testing"

	"joblink/backend/budgets"
	"joblink/backend/engine"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
)

// jobEstimates reads the estimates of one job, lines included.
func jobEstimates(t *testing.T, qb *qbsim.Company, job string) []*qbxml.EstimateRet {
	t.Helper()
	return queryEstimates(t, qb, qbxml.EstimateQuery{TxnSelection: qbxml.TxnSelection{TxnFilter: qbxml.TxnFilter{
		EntityFilter: &qbxml.RefFilter{FullNames: []string{job}}}}})
}

// lostEstimateAdd accepts Tower One's budget and loses QuickBooks' answer to its EstimateAdd
// (QuickBooks forgets it too), so the next run must find the estimate by looking it up; it
// returns the estimate QuickBooks added.
func lostEstimateAdd(t *testing.T, r *rig) *qbxml.EstimateRet {
	t.Helper()
	r.project(t, tower, "Tower One", true, true, map[int]string{0: "45000", 1: "120000.50", 2: "30000"})
	r.exportCodes(t, 3)
	r.linkJobs(t)
	r.detect(t)
	r.accept(t, budgets.BudgetKind, key(tower, "budget"))
	r.loseAnswer(t, "<EstimateAddRq", true)
	it := r.item(t, budgets.BudgetKind, key(tower, "budget"))
	est := jobEstimates(t, r.QB, "Budget Builders:Tower One")
	if it.State != engine.Sent || it.Stamp == "" || len(est) != 1 {
		t.Fatalf("after the lost answer: %s, stamp %q, %d estimates", it.State, it.Stamp, len(est))
	}
	if !strings.EqualFold(est[0].ExternalGUID, it.Stamp) || strings.Contains(est[0].Memo, it.Stamp) {
		t.Fatalf("the estimate carries ExternalGUID %q and memo %q; the item's stamp is %s", est[0].ExternalGUID, est[0].Memo, it.Stamp)
	}
	return est[0]
}

// TestLookupFindsEstimateByExternalGUID: after a lost answer, the look-up takes the estimate
// whose ExternalGUID is the item's stamp. A copy the bookkeeper made in QuickBooks — same job,
// number, memo and lines, but no ExternalGUID (QuickBooks does not copy it) — is not taken,
// and no second estimate is added.
func TestLookupFindsEstimateByExternalGUID(t *testing.T) {
	r := newRig(t)
	ours := lostEstimateAdd(t, r)
	copied := qbsim.Transaction{Type: "Estimate", Customer: ours.CustomerRef.FullName, Ref: ours.RefNumber, Memo: ours.Memo}
	for _, l := range ours.Lines {
		copied.ItemLines = append(copied.ItemLines, qbsim.ItemLine{Item: l.ItemRef.FullName, Desc: l.Desc, Quantity: "1", Amount: string(l.Amount)})
	}
	copyID, err := r.QB.AddTransaction(copied)
	must(t, err)

	r.run(t)
	it := r.item(t, budgets.BudgetKind, key(tower, "budget"))
	if it.State != engine.Synced || it.QB == nil || it.QB.TxnID != ours.TxnID {
		t.Fatalf("the budget after the look-up: %s %+v %+v (ours %s, the copy %s)", it.State, it.QB, it.Failure, ours.TxnID, copyID)
	}
	if n := len(jobEstimates(t, r.QB, "Budget Builders:Tower One")); n != 2 {
		t.Fatalf("%d estimates on the job, want Joblink's and the bookkeeper's copy", n)
	}
}

// TestTwoEstimatesWithOurGUIDExplained: two estimates carrying the item's ExternalGUID are
// not guessed between; the item names them by number for the bookkeeper to delete one.
func TestTwoEstimatesWithOurGUIDExplained(t *testing.T) {
	r := newRig(t)
	ours := lostEstimateAdd(t, r)
	it := r.item(t, budgets.BudgetKind, key(tower, "budget"))
	set := qbxml.MessageSet{Version: qbxml.Version13}
	set.AddWithID("1", qbxml.EstimateAdd{Estimate: qbxml.Estimate{CustomerRef: qbxml.RefByID(ours.CustomerRef.ListID),
		RefNumber: "DUP-1", ExternalGUID: it.Stamp},
		Lines: []qbxml.EstimateLine{{ItemRef: qbxml.RefByName(ours.Lines[0].ItemRef.FullName), Quantity: "1", Rate: "1.00", Amount: "1.00"}}})
	doc, _, err := set.Build()
	must(t, err)
	resp, err := r.QB.ProcessRequest(context.Background(), string(doc))
	must(t, err)
	if !strings.Contains(resp, `statusCode="0"`) {
		t.Fatalf("the second estimate was not added: %s", resp)
	}

	r.run(t)
	it = r.item(t, budgets.BudgetKind, key(tower, "budget"))
	if it.State == engine.Synced || it.Failure == nil || !strings.Contains(it.Failure.Message, "2 estimates") ||
		!strings.Contains(it.Failure.Message, ours.RefNumber) || !strings.Contains(it.Failure.Message, "DUP-1") {
		t.Fatalf("two estimates with Joblink's GUID: %s %+v", it.State, it.Failure)
	}
	if n := len(jobEstimates(t, r.QB, "Budget Builders:Tower One")); n != 2 {
		t.Fatalf("%d estimates on the job, want 2 (none added)", n)
	}
}
