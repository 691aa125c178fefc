package qbrefresh_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/qbmirror"
	"joblink/backend/qbrefresh"
	"joblink/backend/store"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml/xsdcheck"
)

// simClock is the one clock of a test: the simulated QuickBooks stamps TimeModified with it
// and the engine records its own times with it.
type simClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *simClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *simClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// harness is a real store, mirror and engine in front of the simulated reference company.
type harness struct {
	t       testing.TB
	clock   *simClock
	company *qbsim.Company
	st      *store.Store
	mirror  *qbmirror.Mirror
	engine  *qbrefresh.Engine
	// validate checks every request set against the qbXML 13.0 schema (xmllint, ~40 ms each).
	validate bool
	// maxRoundTrips is where a run is taken not to end.
	maxRoundTrips int
}

func newHarness(t testing.TB, opts ...qbrefresh.Option) *harness {
	t.Helper()
	clock := &simClock{now: time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)}
	company, err := qbsim.NewReferenceCompany(qbsim.WithClock(clock.Now))
	if err != nil {
		t.Fatal(err)
	}
	h := &harness{t: t, clock: clock, company: company, validate: true, maxRoundTrips: 20}
	h.openStore(opts...)
	return h
}

// openStore gives the harness a fresh, empty Joblink database and an engine on it.
func (h *harness) openStore(opts ...qbrefresh.Option) {
	h.t.Helper()
	st, err := store.Open(store.Options{Dir: h.t.TempDir(), BackupEvery: -1, GCEvery: -1, Logger: zerolog.Nop()})
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() { st.Close() })
	h.st, h.mirror = st, qbmirror.New(st)
	h.engine = qbrefresh.New(st, h.mirror, zerolog.Nop(), append([]qbrefresh.Option{qbrefresh.WithClock(h.clock.Now)}, opts...)...)
}

// addServiceItems adds n cost codes to the simulated company.
func (h *harness) addServiceItems(n int) {
	h.t.Helper()
	for i := range n {
		item := qbsim.Item{Name: fmt.Sprintf("99-%04d Extra", i), Description: "Extra cost code",
			IncomeAccount: "Construction Income:Contract Revenue", ExpenseAccount: "Job Costs:Subcontractors"}
		if _, err := h.company.AddItem(item); err != nil {
			h.t.Fatal(err)
		}
	}
}

var referenceHost = qbrefresh.HostFacts{ProductName: "QuickBooks Pro 2014", Major: 24, Country: "US", CompanyName: "Joblink Demo Construction"}

// runReport is what one run sent, what QuickBooks answered and what the run said.
type runReport struct {
	summary   string
	requests  []string
	responses []string
}

func (r runReport) roundTrips() int { return len(r.requests) }

// recordRet matches the end of every list record QuickBooks returns to the refresh's queries.
var recordRet = regexp.MustCompile(`</(Account|Item[A-Za-z]*|Vendor|Customer)Ret>`)

// recordsRead counts the list records QuickBooks returned in the run: what it had to read.
func (r runReport) recordsRead() int {
	n := 0
	for _, resp := range r.responses {
		n += len(recordRet.FindAllStringIndex(resp, -1))
	}
	return n
}

// processor answers one request set; run uses one QuickBooks session per run, as the Web
// Connector opens.
type processor func(ctx context.Context, request string) (string, error)

// run drives one Web Connector session's worth of the engine against the company.
func (h *harness) run() runReport {
	h.t.Helper()
	s, err := h.company.BeginSession()
	if err != nil {
		h.t.Fatal(err)
	}
	defer s.End()
	return h.runWith(s.ProcessRequest)
}

func (h *harness) runWith(process processor) runReport {
	h.t.Helper()
	ctx := context.Background()
	if err := h.engine.BeginRun(ctx, referenceHost, h.company.Info().FilePath); err != nil {
		h.t.Fatal(err)
	}
	var rep runReport
	lastProgress := -1
	for {
		req, err := h.engine.NextRequest(ctx)
		if err != nil {
			h.t.Fatal(err)
		}
		if req == "" {
			break
		}
		if lastProgress == 100 {
			h.t.Fatal("progress was 100 but the engine had more to send")
		}
		if len(rep.requests) > h.maxRoundTrips {
			h.t.Fatal("the run does not end")
		}
		rep.requests = append(rep.requests, req)
		if h.validate {
			xsdcheck.Validate(h.t, []byte(req), "13.0")
		}
		resp, err := process(ctx, req)
		if err != nil {
			h.t.Fatalf("QuickBooks refused request set %d: %v\n%s", len(rep.requests), err, req)
		}
		rep.responses = append(rep.responses, resp)
		progress, err := h.engine.HandleResponse(ctx, resp)
		if err != nil {
			h.t.Fatal(err)
		}
		if progress < lastProgress || progress < 0 || progress > 100 {
			h.t.Fatalf("progress went from %d to %d", lastProgress, progress)
		}
		lastProgress = progress
	}
	if lastProgress != 100 && len(rep.requests) > 0 {
		h.t.Fatalf("the run ended at progress %d", lastProgress)
	}
	rep.summary = h.engine.EndRun(ctx, nil)
	return rep
}

func (h *harness) status() qbrefresh.Status {
	h.t.Helper()
	st, err := h.engine.Status()
	if err != nil {
		h.t.Fatal(err)
	}
	return st
}

func (h *harness) listStatus(k qbmirror.Kind) qbrefresh.ListStatus {
	h.t.Helper()
	for _, ls := range h.status().Lists {
		if ls.Kind == k {
			return ls
		}
	}
	h.t.Fatalf("no status for %s", k)
	return qbrefresh.ListStatus{}
}

// companyCount is how many records of a mirrored list the simulated company holds.
func (h *harness) companyCount(k qbmirror.Kind) int {
	switch k {
	case qbmirror.Accounts:
		return h.company.ListCount(qbsim.KindAccount)
	case qbmirror.Items:
		return h.company.ListCount(qbsim.KindItemService) + h.company.ListCount(qbsim.KindItemNonInventory) +
			h.company.ListCount(qbsim.KindItemOtherCharge)
	case qbmirror.Vendors:
		return h.company.ListCount(qbsim.KindVendor)
	}
	return h.company.ListCount(qbsim.KindCustomer)
}

func (h *harness) mirrorCount(k qbmirror.Kind) int {
	h.t.Helper()
	n, err := h.mirror.Count(k)
	if err != nil {
		h.t.Fatal(err)
	}
	return n
}

// assertCountsMatch checks every mirrored list holds exactly what the company holds.
func (h *harness) assertCountsMatch(kinds ...qbmirror.Kind) {
	h.t.Helper()
	if len(kinds) == 0 {
		kinds = qbmirror.Kinds
	}
	for _, k := range kinds {
		if got, want := h.mirrorCount(k), h.companyCount(k); got != want {
			h.t.Errorf("%s: mirror has %d records, QuickBooks %d", k, got, want)
		}
	}
}

func (h *harness) records(k qbmirror.Kind) []qbmirror.Record {
	h.t.Helper()
	var out []qbmirror.Record
	if err := h.mirror.List(k, func(r qbmirror.Record) error { out = append(out, r); return nil }); err != nil {
		h.t.Fatal(err)
	}
	return out
}

// queries counts the query requests in a request set.
func queries(req string) int { return strings.Count(req, "QueryRq requestID=") }
