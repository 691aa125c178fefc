package qbrefresh_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/qbwc/qbsim"
)

func TestInterruptedRunKeepsWhatWasReadAndFinishesNextTime(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.addServiceItems(1200)
	ctx := context.Background()
	s, err := h.company.BeginSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := h.engine.BeginRun(ctx, referenceHost, "C:\\Company.QBW"); err != nil {
		t.Fatal(err)
	}
	req, err := h.engine.NextRequest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := s.ProcessRequest(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	progress, err := h.engine.HandleResponse(ctx, resp)
	if err != nil || progress != 75 {
		t.Fatalf("progress %d, %v; want 75 (three of four lists finished)", progress, err)
	}
	s.End()
	summary := h.engine.EndRun(ctx, errors.New("the Web Connector session expired after being idle"))
	if !strings.Contains(summary, "interrupted") || !strings.Contains(summary, "what was already read is kept") {
		t.Errorf("summary %q", summary)
	}

	items := h.listStatus(qbmirror.Items)
	if items.Count != 500 || !items.Watermark.IsZero() {
		t.Errorf("items after the interruption: %d stored, watermark %v; want the first page and no watermark", items.Count, items.Watermark)
	}
	if last := h.status().LastRun; !last.Interrupted || len(last.Unread) != 1 || last.Unread[0] != qbmirror.Items {
		t.Errorf("last run %+v", last)
	}
	h.assertCountsMatch(qbmirror.Accounts, qbmirror.Vendors, qbmirror.Customers)

	rep := h.run()
	if !strings.HasPrefix(rep.summary, "QuickBooks lists refreshed: ") || !strings.Contains(rep.summary, "734 items") {
		t.Errorf("summary of the next run %q (the 500 items already read are not changes)", rep.summary)
	}
	h.assertCountsMatch()
}

func TestBeginRunEndsAnActiveRunAsInterrupted(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	ctx := context.Background()
	if err := h.engine.BeginRun(ctx, referenceHost, "C:\\Company.QBW"); err != nil {
		t.Fatal(err)
	}
	if _, err := h.engine.NextRequest(ctx); err != nil {
		t.Fatal(err)
	}
	if !h.status().Running {
		t.Error("not running")
	}
	rep := h.run() // begins while the first run is still active
	last := h.status().LastRun
	if last == nil || last.Interrupted || rep.summary != last.Summary {
		t.Fatalf("last run %+v", last)
	}
	h.assertCountsMatch()
	if _, err := h.engine.NextRequest(ctx); !errors.Is(err, qbrefresh.ErrNoRun) {
		t.Errorf("NextRequest after EndRun: %v", err)
	}
}

func TestSupersededRunIsRecordedAsInterrupted(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	ctx := context.Background()
	for range 2 {
		if err := h.engine.BeginRun(ctx, referenceHost, "C:\\Company.QBW"); err != nil {
			t.Fatal(err)
		}
		if _, err := h.engine.NextRequest(ctx); err != nil {
			t.Fatal(err)
		}
	}
	last := h.status().LastRun
	if last == nil || !last.Interrupted || !strings.Contains(last.Summary, qbrefresh.ErrSuperseded.Error()) {
		t.Fatalf("the replaced run: %+v", last)
	}
	if summary := h.engine.EndRun(ctx, nil); !strings.Contains(summary, "were not finished") {
		t.Errorf("run closed before reading anything: %q", summary)
	}
}

func TestExpiredIteratorRestartsOnceThenWaitsForTheNextRun(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.addServiceItems(1200)
	// A QuickBooks session per request set: every Continue meets an iterator QuickBooks forgot (3391).
	rep := h.runWith(h.company.ProcessRequest)
	if rep.roundTrips() != 4 {
		t.Errorf("%d round trips; want Start, Continue (3391), Start again, Continue (3391)", rep.roundTrips())
	}
	if !strings.HasPrefix(rep.summary, "Items could not be read: ") || !strings.Contains(rep.summary, "try again in the next update") {
		t.Errorf("summary %q", rep.summary)
	}
	items := h.listStatus(qbmirror.Items)
	if p := items.LastProblem; p == nil || p.Code != qbsim.StatusInvalidIterator || !p.Transient || !items.Watermark.IsZero() {
		t.Errorf("items %+v, problem %+v", items, items.LastProblem)
	}
	h.assertCountsMatch(qbmirror.Accounts, qbmirror.Vendors, qbmirror.Customers)

	h.run() // a proper session: the items finish
	h.assertCountsMatch()
}

// cannedRun sends one request set and answers it with response.
func cannedRun(t *testing.T, h *harness, response string) (summary string, progress int) {
	t.Helper()
	ctx := context.Background()
	if err := h.engine.BeginRun(ctx, referenceHost, "C:\\Company.QBW"); err != nil {
		t.Fatal(err)
	}
	if _, err := h.engine.NextRequest(ctx); err != nil {
		t.Fatal(err)
	}
	progress, err := h.engine.HandleResponse(ctx, response)
	if err != nil {
		t.Fatal(err)
	}
	if progress == 100 {
		if req, _ := h.engine.NextRequest(ctx); req != "" {
			t.Error("progress 100 with more to send")
		}
	}
	return h.engine.EndRun(ctx, nil), progress
}

func TestRefusedListRecordsAProblemAndTheOthersRefresh(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	summary, progress := cannedRun(t, h, `<?xml version="1.0" ?><QBXML><QBXMLMsgsRs>`+
		`<AccountQueryRs requestID="accounts" statusCode="1" statusSeverity="Info" statusMessage="A query request did not find a matching object in QuickBooks"/>`+
		`<ItemQueryRs requestID="items" statusCode="1" statusSeverity="Info" statusMessage="No match" iteratorRemainingCount="0" iteratorID="{1}"/>`+
		`<VendorQueryRs requestID="vendors" statusCode="3261" statusSeverity="Error" statusMessage="The integrated application has no permission to access personal data."/>`+
		`<CustomerQueryRs requestID="customers" statusCode="1" statusSeverity="Info" statusMessage="No match" iteratorRemainingCount="0" iteratorID="{2}"/>`+
		`</QBXMLMsgsRs></QBXML>`)
	if progress != 100 {
		t.Errorf("progress %d", progress)
	}
	if !strings.HasPrefix(summary, "Vendors could not be read: Joblink is not allowed") || !strings.HasSuffix(summary, "; the other lists were refreshed") {
		t.Errorf("summary %q", summary)
	}
	v := h.listStatus(qbmirror.Vendors)
	if p := v.LastProblem; p == nil || p.Code != 3261 || p.Transient || p.Fix == "" || !v.RefreshedAt.IsZero() {
		t.Errorf("vendors %+v problem %+v", v, v.LastProblem)
	}
	if a := h.listStatus(qbmirror.Accounts); a.RefreshedAt.IsZero() || !a.Watermark.IsZero() {
		t.Errorf("accounts after no match: %+v; want refreshed, no watermark", a)
	}
}

func TestUnansweredListWaitsForTheNextRun(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	summary, progress := cannedRun(t, h, `<?xml version="1.0" ?><QBXML><QBXMLMsgsRs>`+
		`<AccountQueryRs requestID="accounts" statusCode="1" statusSeverity="Info" statusMessage="No match"/>`+
		`</QBXMLMsgsRs></QBXML>`)
	if progress != 100 || !strings.Contains(summary, "Items could not be read: QuickBooks did not answer") {
		t.Errorf("progress %d, summary %q", progress, summary)
	}
}

func TestUnreadableResponseFailsWithWords(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	ctx := context.Background()
	if err := h.engine.BeginRun(ctx, referenceHost, "C:\\Company.QBW"); err != nil {
		t.Fatal(err)
	}
	if _, err := h.engine.HandleResponse(ctx, "<QBXML/>"); err == nil {
		t.Error("a response with no request out was accepted")
	}
	if _, err := h.engine.NextRequest(ctx); err != nil {
		t.Fatal(err)
	}
	_, err := h.engine.HandleResponse(ctx, "QuickBooks crashed")
	var p *qbrefresh.Problem
	if !errors.As(err, &p) || !strings.Contains(p.Message, "could not read QuickBooks' answer") || p.Err == nil {
		t.Fatalf("error %v", err)
	}
	summary := h.engine.EndRun(ctx, err)
	if !strings.Contains(summary, "interrupted") {
		t.Errorf("summary %q", summary)
	}
}
