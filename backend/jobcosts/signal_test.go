package jobcosts_test

import (
	"context"
	"strings"
	"testing"

	"joblink/qbwc/qbsim"
)

// Costs on a QuickBooks job no project is linked to, added and then deleted, are not a reason to
// read anything: the change signal's rows name an unlinked job, and the deleted TxnID was never on
// a linked job. The refresh stays one round trip with no job read.
func TestJobCostsSignalIgnoresUnlinkedJobs(t *testing.T) {
	r := newRig(t)
	const project = 4_880_000_001
	r.project(t, project, "Linked Depot", true, map[int]float64{0: 5_000})
	r.exportCodes(t)
	r.linkJobs(t)
	if _, err := r.QB.AddCustomer(qbsim.Customer{Name: "Private Shed", Parent: customer}); err != nil {
		t.Fatal(err)
	}
	r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-05", Ref: "S-1",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "75.00", Job: jobName("Linked Depot")}}})
	if trips := r.read(t); trips != 1 {
		t.Fatalf("first refresh: %d round trips", trips)
	}
	other := r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-06", Ref: "S-2",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "990.00", Job: jobName("Private Shed")}}})
	if trips := r.read(t); trips != 1 || r.svc.Progress().JobsRead != 0 {
		t.Errorf("a cost on an unlinked job: %d round trips, %d jobs read; want 1 and 0", trips, r.svc.Progress().JobsRead)
	}
	r.deleteTxn(t, "Bill", other)
	if trips := r.read(t); trips != 1 || r.svc.Progress().JobsRead != 0 {
		t.Errorf("its deletion: %d round trips, %d jobs read; want 1 and 0", trips, r.svc.Progress().JobsRead)
	}
	// A cost on the linked job is still seen.
	r.txn(t, qbsim.Transaction{Type: "CreditCardCharge", Payee: "ACME Lumber & Supply", Account: "Company Visa", Date: "2026-10-07", Ref: "V-9",
		ItemLines: []qbsim.ItemLine{{Item: "01-100", Amount: "5.00", Job: jobName("Linked Depot")}}})
	if trips := r.read(t); trips != 2 || r.svc.Progress().JobsRead != 1 {
		t.Errorf("a cost on the linked job: %d round trips, %d jobs read; want 2 and 1", trips, r.svc.Progress().JobsRead)
	}
	j, err := r.svc.Job(mustLink(t, r, project).ListID)
	must(t, err)
	if len(j.Items) != 1 || j.Items[0].Actual != 8000 {
		t.Errorf("the linked job's items = %+v, want 01-100 at 80.00", j.Items)
	}
}

// A voided check stays in QuickBooks with nothing on it: the change signal sees the void (a
// modification), the job is read again and its line comes back down.
func TestJobCostsVoid(t *testing.T) {
	r := newRig(t)
	const project = 4_880_000_002
	lines := r.project(t, project, "Void Works", true, map[int]float64{1: 5_000})
	r.exportCodes(t)
	r.linkJobs(t)
	job := jobName("Void Works")
	r.txn(t, qbsim.Transaction{Type: "Bill", Vendor: "Bay Area Concrete Inc.", Date: "2026-10-05", Ref: "V-1",
		ItemLines: []qbsim.ItemLine{{Item: "03-300", Amount: "600.00", Job: job}}})
	check := r.txn(t, qbsim.Transaction{Type: "Check", Payee: "Redwood Framing Co.", Account: "Operating Checking", Date: "2026-10-06", Ref: "81",
		ItemLines: []qbsim.ItemLine{{Item: "03-300", Amount: "45.00", Job: job}}})
	r.read(t)
	r.push(t)
	if got := r.direct(t, project, lines[1]); !sameAmount(got, "645") {
		t.Fatalf("before the void: %q", got)
	}
	req := `<?xml version="1.0" encoding="utf-8"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError">` +
		`<TxnVoidRq requestID="1"><TxnVoidType>Check</TxnVoidType><TxnID>` + check + `</TxnID></TxnVoidRq></QBXMLMsgsRq></QBXML>`
	resp, err := r.QB.ProcessRequest(context.Background(), req)
	must(t, err)
	if !strings.Contains(resp, `statusCode="0"`) {
		t.Fatalf("void: %s", resp)
	}
	if trips := r.read(t); trips != 2 {
		t.Errorf("after the void: %d round trips, want 2", trips)
	}
	r.push(t)
	if got := r.direct(t, project, lines[1]); !sameAmount(got, "600") {
		t.Errorf("after the void 03-300 shows %q, want 600.00", got)
	}
}
