package jobcosts_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/jobcosts"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
)

// The test company: standard cost codes exported to QuickBooks as service items named by code,
// projects with budgets on some of them, and a QuickBooks job per linked project.
const (
	companyID    = 4_800_001
	codeList     = int64(4_810_000_001)
	lineItemType = int64(4_820_000_001)
	budgetView   = int64(4_830_000_001)
	customer     = "Cost Builders"
)

// code is a standard cost code: id, code, name.
type code = synctest.StandardCode

var codes = []code{
	{ID: 4_811_000_001, Code: "01-100", Name: "General Conditions"},
	{ID: 4_811_000_002, Code: "03-300", Name: "Concrete"},
	{ID: 4_811_000_003, Code: "05-500", Name: "Structural Steel"},
	{ID: 4_811_000_004, Code: "09-900", Name: "Finishes"},
	{ID: 4_811_000_005, Code: "99-RET", Name: "Retainage"},
}

// rig is the sync path with both simulators and the job-costs service.
type rig struct {
	*synctest.Rig
	pc       *synctest.BudgetCompany
	psrv     *procoresim.Server
	svc      *jobcosts.Service
	settings jobcosts.Settings
	writes   *counter // Procore requests made by the job-costs service
	sent     []string // the message sets of the last read
	// joblinkBills are the TxnIDs the test says Joblink created from Procore invoices.
	joblinkBills map[string]bool
	skew         atomic.Int64 // how far the shared clock is ahead of the real one
	// onSyncNow stands for the engine's poller, asked to run a poll now (Deps.SyncNow).
	onSyncNow func()
	ended     bool // the last read's End was called
	nextID    int64
	mu        sync.Mutex
}

// counter counts the requests a Procore simulator answers, by method and path.
type counter struct {
	h  http.Handler
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[r.Method+" "+r.URL.Path]++
	c.mu.Unlock()
	c.h.ServeHTTP(w, r)
}

// count is how many requests of method had a path containing part.
func (c *counter) count(method, part string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for k, v := range c.n {
		if strings.HasPrefix(k, method+" ") && strings.Contains(k, part) {
			n += v
		}
	}
	return n
}

func (c *counter) reset() {
	c.mu.Lock()
	c.n = nil
	c.mu.Unlock()
}

func newRig(t testing.TB) *rig { return newRigWith(t, codes, 0) }

// newRigWith makes a rig with the given standard cost codes and Procore hourly request limit
// (0: Procore's historic 3,600).
func newRigWith(t testing.TB, codes []code, hourly int) *rig {
	return newRigOpts(t, rigOptions{codes: codes, hourly: hourly})
}

// rigOptions choose a rig's Procore and store.
type rigOptions struct {
	codes  []code
	hourly int
	// dir is the store's folder ("": a temporary one); a crash test's children reopen it.
	dir string
	// pc and procoreURL: a Procore company already served elsewhere (the crash campaign's
	// parent); the rig then serves none and counts nothing.
	pc         *synctest.BudgetCompany
	procoreURL string
	// flows run beside the job-cost flow (the budgets flows, which read the budget's lock);
	// keep is called with the store once it is open.
	flows []engine.Flow
	keep  func(*rig)
}

// newProcoreCompany is the test company with the given standard cost codes.
// Its projects' budget views are Procore's standard one, with the cost columns.
func newProcoreCompany(t testing.TB, codes []code) *synctest.BudgetCompany {
	return synctest.NewBudgetCompany(t, synctest.BudgetOptions{ID: companyID, Name: "Cost Test Builders", CodeList: codeList, Codes: codes,
		LineItemType: procoresim.LineItemType{ID: lineItemType, Name: "Other", Code: "O"},
		BudgetView:   budgetView, ViewName: "Procore Standard Budget",
		ViewColumns: []string{"revised_budget", "committed_costs", "direct_costs", "job_to_date_costs"}})
}

func newRigOpts(t testing.TB, o rigOptions) *rig {
	t.Helper()
	pc := o.pc
	if pc == nil {
		pc = newProcoreCompany(t, o.codes)
	}
	r := &rig{pc: pc, nextID: 4_840_000_000, settings: jobcosts.Settings{}.Normal()}
	// QuickBooks and the reader share a clock that each read moves on by a few seconds, as
	// Web Connector runs are apart: QuickBooks stamps changes to the second, and a change in
	// the very second of a read is (rightly) read again at the next run.
	clock := func() time.Time { return time.Now().Add(time.Duration(r.skew.Load())) }
	qb, err := qbsim.NewReferenceCompany(qbsim.WithClock(clock))
	if err != nil {
		t.Fatal(err)
	}
	var client *procore.Client
	r.svc = jobcosts.New(jobcosts.Deps{
		Procore:       func() (*procore.Client, error) { return client, nil },
		Settings:      func() jobcosts.Settings { r.mu.Lock(); defer r.mu.Unlock(); return r.settings },
		RetainageItem: func() string { return "99-RET" },
		CreatedByJoblink: func(txnID string) bool {
			r.mu.Lock()
			defer r.mu.Unlock()
			return r.joblinkBills[txnID]
		},
		Retry: func(ids []string) error {
			_, err := r.Engine.Export(jobcosts.Kind, engine.Selection{IDs: ids}, engine.ByBookkeeper)
			return err
		},
		SyncNow: func() {
			if r.onSyncNow != nil {
				r.onSyncNow()
			}
		},
		Now: clock,
		Log: zerolog.Nop(),
	})
	url := o.procoreURL
	if url == "" {
		// The rig's Procore is started here, so its limits can be chosen and its requests counted.
		r.psrv = procoresim.New(procoresim.Options{Companies: []*procoresim.Company{pc.Company}, SpikeLimit: -1, HourlyLimit: o.hourly})
		r.writes = &counter{h: r.psrv}
		url = synctest.Serve(t, r.writes)
	}
	r.Rig = synctest.New(t, synctest.Options{Log: zerolog.Nop(), Lists: true, ProcoreURL: url, ProcoreCompanyID: companyID,
		DirectExport: true, Flows: append([]engine.Flow{r.svc.Flow()}, o.flows...), QB: qb, DataDir: o.dir})
	r.svc.Keep(r.Store)
	if o.keep != nil {
		o.keep(r)
	}
	client = synctest.ProcoreClient(t, url, companyID)
	if _, err := r.QB.AddCustomer(qbsim.Customer{Name: customer}); err != nil {
		t.Fatal(err)
	}
	return r
}

func (r *rig) set(fn func(*jobcosts.Settings)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	fn(&r.settings)
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (r *rig) id() int64 { r.nextID++; return r.nextID }

// project adds a Procore project with budget lines (code index → amount) and, when job is
// set, its QuickBooks job. It returns the budget line ids by code index.
func (r *rig) project(t testing.TB, id int64, name string, job bool, amounts map[int]float64) map[int]int64 {
	t.Helper()
	r.pc.AddBudgetProject(t, id, name)
	out := map[int]int64{}
	for i, v := range amounts {
		out[i] = r.pc.AddBudgetLine(t, r.pc.BudgetLine(r.id(), id, i, v)).ID
	}
	if job {
		if _, err := r.QB.AddCustomer(qbsim.Customer{Name: name, Parent: customer}); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// exportCodes exports every cost code as a service item and waits for them to be synced.
func (r *rig) exportCodes(t testing.TB) {
	t.Helper()
	ctx := context.Background()
	r.RunWebConnector(t)
	r.ChooseAccounts(t)
	if _, err := r.Engine.Detect(ctx, costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	r.RunWebConnector(t)
	items, err := r.Engine.Items(costcodes.Kind)
	must(t, err)
	for _, it := range items {
		if it.State != engine.Synced {
			t.Fatalf("cost code %s not synced: %s %+v", it.ID, it.State, it.Failure)
		}
	}
}

// linkJobs links every project with a QuickBooks job to it.
func (r *rig) linkJobs(t testing.TB) {
	t.Helper()
	r.RunWebConnector(t) // the jobs into the mirror
	r.LinkJobs(t, customer)
}

// read runs the job-costs phase of a Web Connector session against the simulated QuickBooks
// (its qbXML, as the session hands it over) and returns the round trips it took.
func (r *rig) read(t testing.TB) int {
	t.Helper()
	ctx := context.Background()
	if !r.svc.HasWork(ctx) {
		return 0
	}
	r.skew.Add(int64(3 * time.Second))
	must(t, r.svc.Begin(ctx))
	r.ended = false
	r.sent = r.sent[:0]
	trips := 0
	for {
		req, err := r.svc.Next(ctx)
		must(t, err)
		if req == "" {
			break
		}
		trips++
		r.sent = append(r.sent, req)
		resp, err := r.QB.ProcessRequest(ctx, req)
		must(t, err)
		if _, err := r.svc.Handle(ctx, resp); err != nil {
			t.Fatalf("handle: %v", err)
		}
	}
	r.ended = true
	r.svc.End(ctx, nil)
	return trips
}

// push runs the engine's Procore pass (detection of what was read, then the writes).
func (r *rig) push(t testing.TB) {
	t.Helper()
	_ = r.Engine.PollOnce(context.Background())
}

// txn adds a QuickBooks transaction and returns its TxnID.
func (r *rig) txn(t testing.TB, tx qbsim.Transaction) string {
	t.Helper()
	id, err := r.QB.AddTransaction(tx)
	if err != nil {
		t.Fatalf("add %s: %v", tx.Type, err)
	}
	return id
}

// deleteTxn deletes a transaction the way QuickBooks is asked to (TxnDelRq).
func (r *rig) deleteTxn(t testing.TB, typ, id string) {
	t.Helper()
	req := `<?xml version="1.0" encoding="utf-8"?><?qbxml version="13.0"?><QBXML><QBXMLMsgsRq onError="stopOnError">` +
		`<TxnDelRq requestID="1"><TxnDelType>` + typ + `</TxnDelType><TxnID>` + id + `</TxnID></TxnDelRq></QBXMLMsgsRq></QBXML>`
	resp, err := r.QB.ProcessRequest(context.Background(), req)
	must(t, err)
	if !strings.Contains(resp, `statusCode="0"`) {
		t.Fatalf("TxnDel %s %s: %s", typ, id, resp)
	}
}

// direct is what Procore's budget line shows in direct_costs.
func (r *rig) direct(t testing.TB, project, line int64) string {
	t.Helper()
	b, err := r.Client.BudgetLineItem(context.Background(), project, line)
	must(t, err)
	return string(b.DirectCosts)
}

func (r *rig) item(t testing.TB, project int64) *engine.Item {
	t.Helper()
	it, err := r.Engine.Get(engine.ItemID(jobcosts.Kind, strconv.FormatInt(project, 10)))
	if err != nil {
		t.Fatalf("job-cost item of %d: %v", project, err)
	}
	return it
}

func jobName(name string) string { return customer + ":" + name }

// requests counts the requests named rq ("JobReportQueryRq") in the last read's message sets.
func (r *rig) requests(rq string) int {
	n := 0
	for _, set := range r.sent {
		n += strings.Count(set, "<"+rq+" ")
	}
	return n
}
