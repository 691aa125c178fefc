package qbrefresh_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
)

func TestFirstRefreshMirrorsEveryListIncludingInactiveAndJobs(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	rep := h.run()

	if rep.roundTrips() != 1 || queries(rep.requests[0]) != 4 {
		t.Fatalf("first refresh of a small company: %d round trips, %d queries in the first set; want 1 and 4",
			rep.roundTrips(), queries(rep.requests[0]))
	}
	if strings.Contains(rep.requests[0], "FromModifiedDate") {
		t.Error("a first refresh must not filter by modification date")
	}
	if !strings.HasPrefix(rep.summary, "QuickBooks lists refreshed: ") {
		t.Errorf("summary %q", rep.summary)
	}
	h.assertCountsMatch()

	inactive := 0
	for _, k := range qbmirror.Kinds {
		for _, r := range h.records(k) {
			if !r.Active {
				inactive++
			}
		}
	}
	if inactive == 0 {
		t.Error("no inactive record was mirrored; ActiveStatus All is missing")
	}

	customers := map[string]qbmirror.Record{}
	for _, r := range h.records(qbmirror.Customers) {
		customers[r.ListID] = r
	}
	jobs := 0
	for _, r := range customers {
		if r.Sublevel == 0 {
			continue
		}
		jobs++
		parent, ok := customers[r.ParentID]
		if !ok || r.FullName != parent.FullName+":"+r.Name {
			t.Errorf("job %q: parent %q, want FullName Customer:Job", r.FullName, parent.FullName)
		}
		if r.Fields["JobStatus"] == "" {
			t.Errorf("job %q has no JobStatus", r.FullName)
		}
	}
	if jobs == 0 {
		t.Fatal("no jobs mirrored")
	}

	st := h.status()
	if st.LastContact == nil || st.LastContact.Host.ProductName != referenceHost.ProductName || st.LastContact.CompanyFile == "" {
		t.Errorf("last contact %+v", st.LastContact)
	}
	if st.LastRun == nil || st.LastRun.Summary != rep.summary || st.LastRun.RoundTrips != 1 || len(st.LastRun.Unread) != 0 {
		t.Errorf("last run %+v", st.LastRun)
	}
	for _, ls := range st.Lists {
		if ls.Count != h.companyCount(ls.Kind) || ls.RefreshedAt.IsZero() || ls.Watermark.IsZero() || ls.ChangedLastRun != ls.Count {
			t.Errorf("%s status %+v", ls.Kind, ls)
		}
	}
}

func TestRecordsCarryTheDetailsMappingNeeds(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.run()

	accounts := map[string]qbmirror.Record{}
	for _, a := range h.records(qbmirror.Accounts) {
		accounts[a.ListID] = a
		if a.Type == "" {
			t.Errorf("account %q has no type", a.FullName)
		}
	}
	withExpense := 0
	for _, it := range h.records(qbmirror.Items) {
		if it.Type == "" {
			t.Errorf("item %q has no type", it.FullName)
		}
		if id := it.Fields["ExpenseAccountID"]; id != "" {
			withExpense++
			if a, ok := accounts[id]; !ok || a.FullName != it.Fields["ExpenseAccount"] {
				t.Errorf("item %q expense account %q (%s) is not the mirrored account", it.FullName, it.Fields["ExpenseAccount"], id)
			}
		}
	}
	if withExpense == 0 {
		t.Error("no service item carries its expense account")
	}
	withPhone := 0
	for _, v := range h.records(qbmirror.Vendors) {
		if v.FullName != v.Name || v.EditSequence == "" || v.TimeModified.IsZero() {
			t.Errorf("vendor %+v", v)
		}
		if v.Fields["Phone"] != "" {
			withPhone++
		}
	}
	if withPhone == 0 {
		t.Error("no vendor carries a phone number")
	}
}

func TestQuietSecondRefreshIsOneFilteredRoundTripAndChangesNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.run()
	h.clock.Advance(time.Hour)

	rep := h.run()
	if rep.summary != "QuickBooks lists are up to date" {
		t.Errorf("summary %q", rep.summary)
	}
	if rep.roundTrips() != 1 {
		t.Fatalf("%d round trips, want 1", rep.roundTrips())
	}
	req := rep.requests[0]
	for _, q := range []string{`AccountQueryRq requestID="accounts"`, `ItemQueryRq requestID="items"`,
		`VendorQueryRq requestID="vendors"`, `CustomerQueryRq requestID="customers"`} {
		if strings.Count(req, q) != 1 {
			t.Errorf("request set does not hold exactly one %s", q)
		}
	}
	if queries(req) != 5 || strings.Count(req, "<FromModifiedDate>") != 4 || strings.Count(req, `ListDeletedQueryRq requestID="deleted"`) != 1 {
		t.Errorf("want the deletion query and 4 list queries, each filtered by FromModifiedDate:\n%s", req)
	}
	// The first run read QuickBooks in the second its records were written (09:00:00 UTC), when
	// more could still be written in it: this one starts a margin before that second, in the
	// offset QuickBooks wrote its times with.
	if strings.Count(req, "<FromModifiedDate>2025-03-03T00:59:55-08:00</FromModifiedDate>") != 4 ||
		strings.Count(req, "<FromDeletedDate>2025-03-03T00:59:55-08:00</FromDeletedDate>") != 1 {
		t.Errorf("FromModifiedDate and FromDeletedDate are not the first run's time less the margin in QuickBooks' own offset:\n%s", req)
	}
	for _, ls := range h.status().Lists {
		if ls.ChangedLastRun != 0 {
			t.Errorf("%s: %d changed in a quiet run", ls.Kind, ls.ChangedLastRun)
		}
	}
	h.assertCountsMatch()

	// This run began an hour after the newest record: the next starts at the second after it
	// and QuickBooks has nothing to send.
	rep = h.run()
	if rep.roundTrips() != 1 || rep.recordsRead() != 0 ||
		strings.Count(rep.requests[0], "<FromModifiedDate>2025-03-03T01:00:01-08:00</FromModifiedDate>") != 4 {
		t.Errorf("third refresh: %d round trips, %d records read; want 1 and 0, from 01:00:01-08:00:\n%s",
			rep.roundTrips(), rep.recordsRead(), rep.requests[0])
	}
}

func TestThirdRefreshPicksUpExactlyTheChangedVendorAndNewJob(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.run()
	h.run()

	h.clock.Advance(2 * time.Hour)
	vendor := h.records(qbmirror.Vendors)[0]
	modifyVendorPhone(t, h.company, vendor, "555-0199")
	var parent qbmirror.Record
	for _, c := range h.records(qbmirror.Customers) {
		if c.Sublevel == 0 && c.Active {
			parent = c
			break
		}
	}
	if _, err := h.company.AddCustomer(qbsim.Customer{Name: "2025-031 Harbor Lofts", Parent: parent.FullName, JobStatus: "Awarded"}); err != nil {
		t.Fatal(err)
	}

	rep := h.run()
	if want := "QuickBooks lists refreshed: 1 vendor, 1 customer or job changed"; rep.summary != want {
		t.Errorf("summary %q, want %q", rep.summary, want)
	}
	changed := h.status().LastRun.Changed
	if changed[qbmirror.Vendors] != 1 || changed[qbmirror.Customers] != 1 || changed[qbmirror.Accounts] != 0 || changed[qbmirror.Items] != 0 {
		t.Errorf("changed %v", changed)
	}
	got, err := h.mirror.Get(qbmirror.Vendors, vendor.ListID)
	if err != nil || got.Fields["Phone"] != "555-0199" || got.EditSequence == vendor.EditSequence || !got.TimeModified.After(vendor.TimeModified) {
		t.Errorf("modified vendor in the mirror: %+v %v", got, err)
	}
	job, err := h.mirror.FindByName(qbmirror.Customers, parent.FullName+":2025-031 Harbor Lofts")
	if err != nil || job.ParentID != parent.ListID || job.Sublevel != 1 || job.Fields["JobStatus"] != "Awarded" {
		t.Errorf("new job in the mirror: %+v %v", job, err)
	}
	if w := h.listStatus(qbmirror.Vendors).Watermark; !w.Equal(got.TimeModified) {
		t.Errorf("vendor watermark %v, want the modified vendor's %v", w, got.TimeModified)
	}
	h.assertCountsMatch()
}

// modifyVendorPhone changes a vendor in the simulated QuickBooks, as a user would.
func modifyVendorPhone(t testing.TB, c *qbsim.Company, v qbmirror.Record, phone string) {
	t.Helper()
	set := qbxml.MessageSet{}
	set.Add(qbxml.VendorMod{ListID: v.ListID, EditSequence: v.EditSequence, Vendor: qbxml.Vendor{CommInfo: qbxml.CommInfo{Phone: phone}}})
	doc, _, err := set.Build()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.ProcessRequest(context.Background(), string(doc))
	if err != nil || !strings.Contains(resp, `statusCode="0"`) {
		t.Fatalf("VendorMod: %v\n%s", err, resp)
	}
}

func TestIteratorPagesLargeItemList(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.addServiceItems(1200)

	rep := h.run()
	if rep.roundTrips() > 4 {
		t.Errorf("%d round trips for %d items, want at most 4", rep.roundTrips(), h.companyCount(qbmirror.Items))
	}
	// Later sets carry only the unfinished list, continued by its iteratorID.
	for i, req := range rep.requests[1:] {
		if queries(req) != 1 || !strings.Contains(req, `ItemQueryRq requestID="items" iterator="Continue"`) {
			t.Errorf("request set %d is not one item continuation:\n%.300s", i+2, req)
		}
	}
	h.assertCountsMatch()
	t.Logf("%d items in %d round trips", h.companyCount(qbmirror.Items), rep.roundTrips())
}

func TestLockedVendorsWaitForTheNextRunWhileTheOthersRefresh(t *testing.T) {
	t.Parallel()
	h := newHarness(t, qbrefresh.WithRefreshInterval(time.Hour))
	h.company.InjectLockError("VendorQuery", qbsim.StatusLockAcquire, 1)

	rep := h.run()
	if !strings.HasPrefix(rep.summary, "Vendors could not be read: ") || !strings.Contains(rep.summary, "the other lists were refreshed") {
		t.Errorf("summary %q", rep.summary)
	}
	h.assertCountsMatch(qbmirror.Accounts, qbmirror.Items, qbmirror.Customers)
	vs := h.listStatus(qbmirror.Vendors)
	if vs.Count != 0 || !vs.Watermark.IsZero() || !vs.RefreshedAt.IsZero() {
		t.Errorf("locked vendors moved: %+v", vs)
	}
	if p := vs.LastProblem; p == nil || p.Code != qbsim.StatusLockAcquire || !p.Transient || vs.ProblemSolved {
		t.Errorf("vendor problem %+v (solved %v)", p, vs.ProblemSolved)
	}
	if !h.engine.HasWork(context.Background()) {
		t.Error("HasWork is false although vendors were left unread")
	}

	h.clock.Advance(time.Minute)
	rep = h.run()
	if !strings.HasPrefix(rep.summary, "QuickBooks lists refreshed: ") || !strings.Contains(rep.summary, "vendors changed") {
		t.Errorf("summary of the retry %q", rep.summary)
	}
	h.assertCountsMatch()
	if vs := h.listStatus(qbmirror.Vendors); vs.LastProblem == nil || !vs.ProblemSolved {
		t.Errorf("vendor problem after the retry: %+v", vs)
	}
}

func TestRefreshIntervalThrottlesHasWork(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	h := newHarness(t, qbrefresh.WithRefreshInterval(time.Hour))
	if !h.engine.HasWork(ctx) {
		t.Fatal("never refreshed, yet no work")
	}
	h.run()
	if h.engine.HasWork(ctx) {
		t.Error("work again right after a complete run")
	}
	h.clock.Advance(time.Hour)
	if !h.engine.HasWork(ctx) {
		t.Error("no work an interval after the last run")
	}
	if !newHarness(t).engine.HasWork(ctx) {
		t.Error("without an interval there is always work")
	}
}

func TestRenamedCustomerCarriesItsJobsAlong(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.run()

	customers := h.records(qbmirror.Customers)
	var parent qbmirror.Record
	jobs := map[string]qbmirror.Record{}
	for _, c := range customers {
		if c.Sublevel == 1 {
			jobs[c.ParentID] = c
		}
	}
	for _, c := range customers {
		if _, ok := jobs[c.ListID]; ok && c.Sublevel == 0 {
			parent = c
			break
		}
	}
	job := jobs[parent.ListID]
	// Move the customers' watermark past the seeding second, so the job is not read again.
	h.clock.Advance(time.Hour)
	vendor := h.records(qbmirror.Vendors)[0]
	other := customers[0]
	if other.ListID == parent.ListID || other.ListID == job.ListID {
		other = customers[len(customers)-1]
	}
	modifyCustomer(t, h.company, other, qbxml.Customer{CommInfo: qbxml.CommInfo{Phone: "555-0101"}})
	modifyVendorPhone(t, h.company, vendor, "555-0102")
	h.run()

	h.clock.Advance(time.Hour)
	modifyCustomer(t, h.company, parent, qbxml.Customer{Name: "Renamed Owner LLC"})
	if rep := h.run(); rep.summary != "QuickBooks lists refreshed: 1 customer or job changed" {
		t.Errorf("summary %q", rep.summary)
	}
	want := "Renamed Owner LLC:" + job.Name
	got, err := h.mirror.FindByName(qbmirror.Customers, want)
	if err != nil || got.ListID != job.ListID {
		t.Errorf("job under the renamed customer: %+v %v", got, err)
	}
	if _, err := h.mirror.FindByName(qbmirror.Customers, job.FullName); err == nil {
		t.Errorf("old job name %q still found", job.FullName)
	}
	h.assertCountsMatch()
}

func modifyCustomer(t *testing.T, c *qbsim.Company, r qbmirror.Record, change qbxml.Customer) {
	t.Helper()
	set := qbxml.MessageSet{}
	set.Add(qbxml.CustomerMod{ListID: r.ListID, EditSequence: r.EditSequence, Customer: change})
	doc, _, err := set.Build()
	if err != nil {
		t.Fatal(err)
	}
	if resp, err := c.ProcessRequest(context.Background(), string(doc)); err != nil || !strings.Contains(resp, `statusCode="0"`) {
		t.Fatalf("CustomerMod: %v\n%s", err, resp)
	}
}
