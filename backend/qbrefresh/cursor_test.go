package qbrefresh_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml"
)

// addVendors adds n vendors to the simulated company in the clock's current second, as a
// bulk import does, and returns their names in QuickBooks' (name) order.
func (h *harness) addVendors(n int, prefix string) []string {
	h.t.Helper()
	names := make([]string, n)
	for i := range n {
		names[i] = fmt.Sprintf("%s %05d", prefix, i)
		if _, err := h.company.AddVendor(qbsim.Vendor{Name: names[i], Phone: "555-0100"}); err != nil {
			h.t.Fatal(err)
		}
	}
	return names
}

// vendorNamed is the mirror's copy of a vendor.
func (h *harness) vendorNamed(name string) qbmirror.Record {
	h.t.Helper()
	r, err := h.mirror.FindByName(qbmirror.Vendors, name)
	if err != nil {
		h.t.Fatal(err)
	}
	return r
}

// phoneInQuickBooks changes a vendor's phone in the simulated QuickBooks, as a user would,
// starting from the copy QuickBooks itself holds (the mirror's may be behind).
func (h *harness) phoneInQuickBooks(name, phone string) {
	h.t.Helper()
	set := qbxml.MessageSet{}
	set.Add(qbxml.VendorQuery{ListSelection: qbxml.ListSelection{FullNames: []string{name}}})
	doc, _, err := set.Build()
	if err != nil {
		h.t.Fatal(err)
	}
	resp, err := h.company.ProcessRequest(context.Background(), string(doc))
	if err != nil {
		h.t.Fatal(err)
	}
	var v *qbxml.VendorRet
	if err := qbxml.ParseResponses(strings.NewReader(resp), func(r *qbxml.Response) error {
		for _, ret := range r.Rets {
			if vr, ok := ret.(*qbxml.VendorRet); ok {
				v = vr
			}
		}
		return nil
	}); err != nil || v == nil {
		h.t.Fatalf("vendor %q in QuickBooks: %v\n%s", name, err, resp)
	}
	modifyVendorPhone(h.t, h.company, qbmirror.Record{ListID: v.ListID, EditSequence: v.EditSequence}, phone)
}

// vendorsFrom is the FromModifiedDate of the vendor query in a request set.
func vendorsFrom(t *testing.T, req string) string {
	t.Helper()
	_, rest, ok := strings.Cut(req, `<VendorQueryRq requestID="vendors"`)
	if !ok {
		t.Fatalf("no vendor query in\n%s", req)
	}
	_, rest, ok = strings.Cut(rest, "<FromModifiedDate>")
	if !ok {
		return ""
	}
	from, _, _ := strings.Cut(rest, "</FromModifiedDate>")
	return from
}

func TestQuietRefreshAfterABulkSecondIsOneRequestSet(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.run()
	h.clock.Advance(time.Minute) // 09:01:00: 1,200 vendors imported in one second
	names := h.addVendors(1200, "Bulk Vendor")
	h.clock.Advance(time.Minute)
	if rep := h.run(); rep.roundTrips() < 3 || h.listStatus(qbmirror.Vendors).ChangedLastRun != 1200 {
		t.Fatalf("reading the import: %d round trips, %d vendors changed; want 3 or more and 1200", rep.roundTrips(), h.listStatus(qbmirror.Vendors).ChangedLastRun)
	}

	h.clock.Advance(time.Minute)
	rep := h.run()
	if rep.roundTrips() != 1 || rep.recordsRead() != 0 || rep.summary != "QuickBooks lists are up to date" {
		t.Errorf("quiet refresh after the import: %d request sets, %d records read, %q; want 1, 0, up to date",
			rep.roundTrips(), rep.recordsRead(), rep.summary)
	}
	// The run that read 09:01:00 began a minute later, so no record could still be written in
	// that second: the next query starts at the second after it.
	if from := vendorsFrom(t, rep.requests[0]); from != "2025-03-03T01:01:01-08:00" {
		t.Errorf("vendors read from %q, want the second after the import", from)
	}

	// Starting after the import's second loses nothing written since.
	h.phoneInQuickBooks(names[700], "555-0177")
	rep = h.run()
	if rep.roundTrips() != 1 || rep.recordsRead() != 1 || h.vendorNamed(names[700]).Fields["Phone"] != "555-0177" {
		t.Errorf("a change after the quiet refresh: %d request sets, %d records read, phone %q; want 1, 1, 555-0177",
			rep.roundTrips(), rep.recordsRead(), h.vendorNamed(names[700]).Fields["Phone"])
	}
	h.assertCountsMatch()
}

// TestChangeAfterTheCursorSecondWasReadIsReadNextTime: a run reads second S while QuickBooks'
// clock is still in S; a record written afterwards, in S or later, must still be read.
func TestChangeAfterTheCursorSecondWasReadIsReadNextTime(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		after time.Duration // from the run that read S to the change
	}{
		{"in the same second", 0},
		{"a second later", time.Second},
		{"a minute later", time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.run()
			h.clock.Advance(time.Minute)
			names := h.addVendors(600, "Bulk Vendor")
			h.run() // reads 09:01:00 in 09:01:00: the clock has not moved on

			h.clock.Advance(tc.after)
			h.phoneInQuickBooks(names[300], "555-0123")
			h.clock.Advance(time.Minute)
			rep := h.run()
			if got := h.vendorNamed(names[300]).Fields["Phone"]; got != "555-0123" {
				t.Fatalf("the change was missed: phone %q in the mirror", got)
			}
			if want := "QuickBooks lists refreshed: 1 vendor changed"; rep.summary != want {
				t.Errorf("summary %q, want %q", rep.summary, want)
			}

			h.clock.Advance(time.Minute)
			if rep := h.run(); rep.roundTrips() != 1 || rep.recordsRead() != 0 {
				t.Errorf("then a quiet refresh: %d request sets, %d records read; want 1 and 0", rep.roundTrips(), rep.recordsRead())
			}
		})
	}
}

// TestChangeMadeWhileAListIsPagedIsReadNextTime: QuickBooks fixes an iterator's records at
// Start but renders each page when it is sent, so a page sent late can carry a newer
// TimeModified than a change already missed on an earlier page. The next refresh must not
// start after that change.
func TestChangeMadeWhileAListIsPagedIsReadNextTime(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.run()
	h.clock.Advance(time.Minute)
	names := h.addVendors(1200, "Bulk Vendor")
	h.clock.Advance(time.Minute)

	s, err := h.company.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.End()
	sets := 0
	rep := h.runWith(func(ctx context.Context, req string) (string, error) {
		resp, err := s.ProcessRequest(ctx, req)
		sets++
		if sets == 1 { // the first vendor page is in Joblink's hands
			h.clock.Advance(time.Second)
			h.phoneInQuickBooks(names[0], "555-0001") // on the page already sent
			h.clock.Advance(time.Second)
			h.phoneInQuickBooks(names[1199], "555-1199") // on the last page, not sent yet
		}
		return resp, err
	})
	if rep.roundTrips() != 3 || h.vendorNamed(names[1199]).Fields["Phone"] != "555-1199" {
		t.Fatalf("%d round trips, last vendor %+v; want 3 and its new phone", rep.roundTrips(), h.vendorNamed(names[1199]))
	}

	h.clock.Advance(time.Minute)
	h.run()
	if got := h.vendorNamed(names[0]).Fields["Phone"]; got != "555-0001" {
		t.Errorf("the change made on an already-sent page was missed: phone %q", got)
	}
	h.assertCountsMatch()
}

// TestQuickBooksClockBehindByLessThanTheMarginMissesNothing: the cursor rule trusts Joblink's
// clock (the Web Connector runs on the QuickBooks PC) only to within a few seconds.
func TestQuickBooksClockBehindByLessThanTheMarginMissesNothing(t *testing.T) {
	t.Parallel()
	var h *harness
	h = newHarness(t, qbrefresh.WithClock(func() time.Time { return h.clock.Now().Add(3 * time.Second) }))
	h.run()
	h.clock.Advance(time.Minute)
	names := h.addVendors(600, "Bulk Vendor")
	h.run()                                    // QuickBooks' clock says 09:01:00, Joblink's 09:01:03
	h.phoneInQuickBooks(names[10], "555-0110") // still 09:01:00 in QuickBooks
	h.clock.Advance(time.Minute)
	h.run()
	if got := h.vendorNamed(names[10]).Fields["Phone"]; got != "555-0110" {
		t.Errorf("a change in 09:01:00 was missed: phone %q", got)
	}
}

// exportVendors adds vendors through qbXML in one QuickBooks session and saves what QuickBooks
// returned into the mirror the way the export flows do (Returned.Later, then Flush after each
// response), all in the clock's current second.
func (h *harness) exportVendors(n int, prefix string) {
	h.t.Helper()
	returned := qbrefresh.NewReturned(h.mirror)
	const perSet = 250 // the engine's requests per round trip
	for start := 0; start < n; start += perSet {
		set := qbxml.MessageSet{OnError: qbxml.ContinueOnError}
		for i := start; i < min(n, start+perSet); i++ {
			set.Add(qbxml.VendorAdd{Vendor: qbxml.Vendor{Name: fmt.Sprintf("%s %05d", prefix, i), CommInfo: qbxml.CommInfo{Phone: "555-0200"}}})
		}
		doc, _, err := set.Build()
		if err != nil {
			h.t.Fatal(err)
		}
		resp, err := h.company.ProcessRequest(context.Background(), string(doc))
		if err != nil {
			h.t.Fatal(err)
		}
		if err := qbxml.ParseResponses(strings.NewReader(resp), func(r *qbxml.Response) error {
			if _, ok := returned.Later(r); !ok {
				return fmt.Errorf("VendorAdd returned no vendor: %d %s", r.Status.Code, r.Status.Message)
			}
			return nil
		}); err != nil {
			h.t.Fatal(err)
		}
		if err := returned.Flush(); err != nil {
			h.t.Fatal(err)
		}
	}
}

func TestQuietSessionAfterAnExportIsOneRequestSet(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.run()
	h.clock.Advance(time.Minute)
	h.run()
	h.exportVendors(1200, "Exported Vendor") // after the refresh, in the same session's second

	// QuickBooks may have been changed by others in the seconds Joblink wrote in, so the next
	// refresh reads them; what it reads of Joblink's own writes is already in the mirror.
	h.clock.Advance(time.Minute)
	rep := h.run()
	if rep.summary != "QuickBooks lists are up to date" {
		t.Errorf("the session after the export: %q; Joblink's own vendors are not changes", rep.summary)
	}
	h.assertCountsMatch()

	h.clock.Advance(time.Minute)
	rep = h.run()
	if rep.roundTrips() != 1 || rep.recordsRead() != 0 {
		t.Errorf("quiet session after the export was read: %d request sets, %d records read; want 1 and 0", rep.roundTrips(), rep.recordsRead())
	}
}
