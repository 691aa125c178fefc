package qbrefresh_test

import (
	"strings"
	"testing"
	"time"

	"joblink/backend/engine"
	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/qbwc/qbsim"
)

// A vendor deleted in QuickBooks leaves the mirror in the next session, in the same single
// request set as a quiet refresh, and the sink is told once, even when the next session reads
// the deletion again (it fell inside the cursor's margin).
func TestDeletedVendorLeavesTheMirrorAndIsReportedOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	sink := h.withSink()
	name := h.addVendors(1, "Gone Lumber")[0]
	first := h.run()
	if strings.Contains(first.requests[0], "ListDeletedQueryRq") {
		t.Errorf("a first run over an empty mirror asked for deletions:\n%s", first.requests[0])
	}
	v := h.vendorNamed(name)
	h.clock.Advance(time.Hour)
	h.run() // a quiet session moves the list cursors past the first run's second

	h.clock.Advance(time.Minute)
	deletedAt := h.deleteInQuickBooks("Vendor", v.ListID)
	rep := h.run() // in the second of the deletion: the next cursor keeps a margin before it
	if rep.roundTrips() != 1 || rep.summary != "QuickBooks lists refreshed: 1 vendor deleted in QuickBooks" {
		t.Errorf("%d request sets, summary %q; want 1 and the deletion", rep.roundTrips(), rep.summary)
	}
	if byID, byName := h.inMirror(qbmirror.Vendors, v.ListID, name); byID || byName {
		t.Errorf("the deleted vendor is still in the mirror (by ListID %v, by name %v)", byID, byName)
	}
	want := engine.DeletedInQuickBooks{Ref: engine.QBRef{ListID: v.ListID, FullName: name}, What: "vendor", At: deletedAt}
	if told := sink.take(); len(told) != 1 || told[0] != want {
		t.Fatalf("the sink was told %+v, want %+v", told, want)
	}
	if got := h.listStatus(qbmirror.Vendors).RemovedLastRun; got != 1 {
		t.Errorf("last run removed %d vendors, want 1", got)
	}

	rep = h.run()
	if !strings.Contains(rep.responses[0], v.ListID) {
		t.Errorf("the deletion, inside the margin, was not read again: the cursor moved too far\n%s", rep.requests[0])
	}
	if told := sink.take(); len(told) != 0 || rep.roundTrips() != 1 || rep.summary != "QuickBooks lists are up to date" {
		t.Errorf("a repeated session told the sink %+v again; %d request sets, summary %q", told, rep.roundTrips(), rep.summary)
	}
	// A session asked past the margin reads it a last time (still not told) and moves the
	// cursor past it.
	h.clock.Advance(time.Minute)
	if h.run(); len(sink.take()) != 0 {
		t.Error("told again")
	}
	rep = h.run()
	if strings.Contains(rep.responses[0], "ListDeletedRet") || rep.roundTrips() != 1 {
		t.Errorf("past the margin the deletion is still read (%d request sets):\n%s", rep.roundTrips(), rep.responses[0])
	}
	h.assertCountsMatch()
}

// Each kind of record is named as the bookkeeper knows it, and a job is told from its customer.
func TestDeletedRecordsAreNamedAsTheBookkeeperKnowsThem(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	sink := h.withSink()
	h.addServiceItems(1)
	if _, err := h.company.AddCustomer(qbsim.Customer{Name: "Gone Customer"}); err != nil {
		t.Fatal(err)
	}
	if _, err := h.company.AddCustomer(qbsim.Customer{Name: "Gone Job", Parent: "Gone Customer"}); err != nil {
		t.Fatal(err)
	}
	if _, err := h.company.AddAccount(qbsim.Account{Name: "Gone Account", Type: "Expense"}); err != nil {
		t.Fatal(err)
	}
	h.run()
	find := func(k qbmirror.Kind, name string) qbmirror.Record {
		r, err := h.mirror.FindByName(k, name)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	item, job, customer, account := find(qbmirror.Items, "99-0000 Extra"), find(qbmirror.Customers, "Gone Customer:Gone Job"),
		find(qbmirror.Customers, "Gone Customer"), find(qbmirror.Accounts, "Gone Account")
	h.clock.Advance(time.Minute)
	h.deleteInQuickBooks("ItemService", item.ListID)
	h.deleteInQuickBooks("Customer", job.ListID) // a job goes before its customer
	h.deleteInQuickBooks("Customer", customer.ListID)
	h.deleteInQuickBooks("Account", account.ListID)
	h.clock.Advance(time.Minute)
	rep := h.run()

	what := map[string]string{}
	for _, d := range sink.take() {
		what[d.Ref.FullName] = d.What
	}
	want := map[string]string{"99-0000 Extra": "service item", "Gone Customer:Gone Job": "job", "Gone Customer": "customer", "Gone Account": "account"}
	for name, w := range want {
		if what[name] != w {
			t.Errorf("%s told as %q, want %q", name, what[name], w)
		}
	}
	if len(what) != len(want) {
		t.Errorf("told %v", what)
	}
	if !strings.Contains(rep.summary, "1 account, 1 item, 2 customers or jobs deleted in QuickBooks") {
		t.Errorf("summary %q", rep.summary)
	}
	h.assertCountsMatch()
}

// QuickBooks frees a deleted record's name: a new vendor under it, read in the same session,
// keeps its place in the mirror's name index.
func TestANewRecordUnderADeletedNameKeepsTheName(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	name := h.addVendors(1, "Renewed Supply")[0]
	h.run()
	old := h.vendorNamed(name)
	h.clock.Advance(time.Minute)
	h.deleteInQuickBooks("Vendor", old.ListID)
	h.addVendors(1, "Renewed Supply")
	h.clock.Advance(time.Minute)
	h.run()
	if got := h.vendorNamed(name); got.ListID == old.ListID {
		t.Fatalf("the name still leads to the deleted vendor %s", old.ListID)
	}
	if byID, _ := h.inMirror(qbmirror.Vendors, old.ListID, name); byID {
		t.Error("the deleted vendor is still in the mirror")
	}
	h.assertCountsMatch()
}

// When the sink cannot take the deletions, the cursor stays, the session says so, and the next
// session tells the sink again; the mirror has lost the record already.
func TestDeletionsTheSinkCouldNotTakeAreToldNextTime(t *testing.T) {
	t.Parallel()
	h := newHarness(t, qbrefresh.WithRefreshInterval(time.Hour))
	sink := h.withSink()
	name := h.addVendors(1, "Retold Vendor")[0]
	h.run()
	v := h.vendorNamed(name)
	h.clock.Advance(time.Minute)
	h.deleteInQuickBooks("Vendor", v.ListID)
	h.clock.Advance(time.Minute)

	sink.failing = true
	rep := h.run()
	if !strings.HasPrefix(rep.summary, "Joblink could not take in the records deleted in QuickBooks: Joblink could not unlink") ||
		!strings.Contains(rep.summary, "try again in the next update; the lists were refreshed") {
		t.Errorf("summary %q", rep.summary)
	}
	if byID, _ := h.inMirror(qbmirror.Vendors, v.ListID, name); byID {
		t.Error("the mirror kept the deleted vendor")
	}
	if !h.engine.HasWork(t.Context()) {
		t.Error("no work although the deletions were not taken in")
	}

	sink.failing = false
	h.clock.Advance(time.Minute)
	rep = h.run()
	if told := sink.take(); len(told) != 1 || told[0].Ref.ListID != v.ListID {
		t.Fatalf("the next session told %+v", told)
	}
	if h.engine.HasWork(t.Context()) {
		t.Error("work left after the deletions were taken in")
	}
}

// A lock on the deletion query leaves it for the next session; the lists refresh meanwhile.
func TestLockedDeletionQueryWaitsForTheNextSession(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	sink := h.withSink()
	name := h.addVendors(1, "Locked Out Vendor")[0]
	h.run()
	v := h.vendorNamed(name)
	h.clock.Advance(time.Minute)
	h.deleteInQuickBooks("Vendor", v.ListID)
	h.phoneInQuickBooks(h.records(qbmirror.Vendors)[0].Name, "555-0199")
	h.clock.Advance(time.Minute)
	h.company.InjectLockError("ListDeletedQuery", qbsim.StatusLockAcquire, 1)

	rep := h.run()
	if rep.roundTrips() != 1 || !strings.HasPrefix(rep.summary, "Joblink could not take in the records deleted in QuickBooks: ") ||
		!strings.HasSuffix(rep.summary, "; the lists were refreshed (1 vendor changed)") {
		t.Errorf("%d request sets, summary %q", rep.roundTrips(), rep.summary)
	}
	if byID, _ := h.inMirror(qbmirror.Vendors, v.ListID, name); !byID || len(sink.take()) != 0 {
		t.Fatal("a deletion QuickBooks did not report was applied")
	}
	h.clock.Advance(time.Minute)
	h.run()
	if told := sink.take(); len(told) != 1 || told[0].Ref.ListID != v.ListID {
		t.Fatalf("the next session told %+v", told)
	}
	h.assertCountsMatch()
}

// QuickBooks fixes a paged query's records when it takes it but renders each page when it
// sends it; a page may still carry a record the same set's deletion query reports deleted.
// It must not come back into the mirror.
func TestAPageCannotBringBackARecordDeletedInTheSameSet(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	name := h.addVendors(1, "Deleted Meanwhile")[0]
	h.run()
	v := h.vendorNamed(name)
	h.clock.Advance(time.Minute)
	noMatch := func(rq, id string) string {
		return `<` + rq + ` requestID="` + id + `" statusCode="1" statusSeverity="Info" statusMessage="No match"/>`
	}
	summary, progress := cannedRun(t, h, `<?xml version="1.0" ?><QBXML><QBXMLMsgsRs>`+
		`<ListDeletedQueryRs requestID="deleted" statusCode="0" statusSeverity="Info" statusMessage="Status OK"><ListDeletedRet>`+
		`<ListDelType>Vendor</ListDelType><ListID>`+v.ListID+`</ListID><TimeCreated>2025-03-03T01:00:00-08:00</TimeCreated>`+
		`<TimeDeleted>2025-03-03T01:01:00-08:00</TimeDeleted><FullName>`+name+`</FullName></ListDeletedRet></ListDeletedQueryRs>`+
		noMatch("AccountQueryRs", "accounts")+noMatch("ItemQueryRs", "items")+
		`<VendorQueryRs requestID="vendors" statusCode="0" statusSeverity="Info" statusMessage="Status OK" iteratorRemainingCount="0" iteratorID="{1}">`+
		`<VendorRet><ListID>`+v.ListID+`</ListID><TimeCreated>2025-03-03T01:00:00-08:00</TimeCreated><TimeModified>2025-03-03T01:00:30-08:00</TimeModified>`+
		`<EditSequence>2</EditSequence><Name>`+name+`</Name><IsActive>true</IsActive><Phone>555-0100</Phone></VendorRet></VendorQueryRs>`+
		noMatch("CustomerQueryRs", "customers")+`</QBXMLMsgsRs></QBXML>`)
	if progress != 100 || summary != "QuickBooks lists refreshed: 1 vendor deleted in QuickBooks" {
		t.Errorf("progress %d, summary %q", progress, summary)
	}
	if byID, byName := h.inMirror(qbmirror.Vendors, v.ListID, name); byID || byName {
		t.Error("the page brought the deleted vendor back")
	}
}

// An answer cut short before the deletion query's leaves it for the next session.
func TestUnansweredDeletionQueryWaitsForTheNextSession(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.run()
	h.clock.Advance(time.Minute)
	summary, progress := cannedRun(t, h, `<?xml version="1.0" ?><QBXML><QBXMLMsgsRs>`+
		`<AccountQueryRs requestID="accounts" statusCode="1" statusSeverity="Info" statusMessage="No match"/>`+
		`<ItemQueryRs requestID="items" statusCode="1" statusSeverity="Info" statusMessage="No match" iteratorRemainingCount="0" iteratorID="{1}"/>`+
		`<VendorQueryRs requestID="vendors" statusCode="1" statusSeverity="Info" statusMessage="No match" iteratorRemainingCount="0" iteratorID="{2}"/>`+
		`<CustomerQueryRs requestID="customers" statusCode="1" statusSeverity="Info" statusMessage="No match" iteratorRemainingCount="0" iteratorID="{3}"/>`+
		`</QBXMLMsgsRs></QBXML>`)
	if progress != 100 || summary != "Joblink could not take in the records deleted in QuickBooks: QuickBooks did not answer Joblink's request for deleted records; Joblink will try again in the next update; the lists were refreshed" {
		t.Errorf("progress %d, summary %q", progress, summary)
	}
	if last := h.status().LastRun; !last.DeletionsUnread || last.Interrupted {
		t.Errorf("last run %+v", last)
	}
}
