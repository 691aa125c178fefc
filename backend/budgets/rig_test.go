package budgets_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/budgets"
	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/internal/synctest"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbsim/webconnector"
	"joblink/qbwc/qbxml"
)

// The test company: one standard cost code list, projects whose cost codes are derived from
// it, one line item type, and a QuickBooks customer with a job per linked project.
const (
	companyID    = 4_700_001
	codeList     = int64(4_710_000_001)
	lineItemType = int64(4_720_000_001)
	budgetView   = int64(4_730_000_001)
	customer     = "Budget Builders"
)

// codes are the standard cost codes: id, code, name.
var codes = []synctest.StandardCode{
	{ID: 4_711_000_001, Code: "01-100", Name: "General Conditions"},
	{ID: 4_711_000_002, Code: "03-300", Name: "Concrete"},
	{ID: 4_711_000_003, Code: "05-500", Name: "Structural Steel"},
	{ID: 4_711_000_004, Code: "09-900", Name: "Finishes"}, // never exported in the tests: a missing item
}

// rig is the sync path with both simulators and the budgets flows.
type rig struct {
	*synctest.Rig
	pc      *synctest.BudgetCompany
	budgets *budgets.Budgets
	changes *budgets.Changes
	clock   *benchClock // the flows' clock (the daily re-read of exported lines)
	reports []*webconnector.Report
	nextID  int64
}

func newRig(t *testing.T) *rig {
	t.Helper()
	return newRigWith(t, false)
}

// newRigWith is newRig; direct sets "send without approval" for the budget kinds (and cost
// codes).
func newRigWith(t *testing.T, direct bool) *rig {
	t.Helper()
	pc := newBudgetCompany(t, companyID, "Budget Test Builders")
	r := &rig{pc: pc, nextID: 4_740_000_000, clock: newBenchClock()}
	var client *procore.Client
	r.budgets, r.changes = budgets.New(budgets.Deps{Procore: func() (*procore.Client, error) { return client, nil }, Now: r.clock.Now})
	r.Rig = synctest.New(t, synctest.Options{Log: zerolog.Nop(), Lists: true, PCompany: pc.Company,
		Flows: []engine.Flow{r.budgets, r.changes}, ProcoreSpikeLimit: -1, DirectExport: direct})
	client = r.Client
	r.budgets.Keep(r.Store)
	if _, err := r.QB.AddCustomer(qbsim.Customer{Name: customer}); err != nil {
		t.Fatal(err)
	}
	return r
}

// newBudgetCompany is a Procore company with the test's cost codes and cost type and no
// projects yet.
func newBudgetCompany(t testing.TB, id int64, name string) *synctest.BudgetCompany {
	return synctest.NewBudgetCompany(t, synctest.BudgetOptions{ID: id, Name: name, CodeList: codeList, Codes: codes,
		LineItemType: procoresim.LineItemType{ID: lineItemType, Name: "Cost", Code: "C"}, BudgetView: budgetView, ViewName: "Standard"})
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func (r *rig) id() int64 { r.nextID++; return r.nextID }

// project adds a Procore project with a budget of amounts by code index; linked projects get
// a QuickBooks job.
func (r *rig) project(t *testing.T, id int64, name string, locked, job bool, amounts map[int]string) map[int]*procoresim.BudgetLineItem {
	t.Helper()
	r.pc.AddBudgetProject(t, id, name)
	out := map[int]*procoresim.BudgetLineItem{}
	for i := range codes {
		amount, ok := amounts[i]
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(amount, 64)
		must(t, err)
		out[i] = r.pc.AddBudgetLine(t, r.pc.BudgetLine(r.id(), id, i, v))
	}
	r.pc.SetBudgetLocked(id, locked)
	if job {
		if _, err := r.QB.AddCustomer(qbsim.Customer{Name: name, Parent: customer}); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// run runs the Web Connector and keeps its report.
func (r *rig) run(t *testing.T) *webconnector.Report {
	t.Helper()
	rep := r.RunWebConnector(t)
	r.reports = append(r.reports, rep)
	return rep
}

// exportCodes exports the first n cost codes as service items.
func (r *rig) exportCodes(t *testing.T, n int) {
	t.Helper()
	ctx := context.Background()
	r.run(t) // the lists, for the accounts
	r.ChooseAccounts(t)
	if _, err := r.Engine.Detect(ctx, costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range codes[:n] {
		ids = append(ids, engine.ItemID(costcodes.Kind, strconv.FormatInt(c.ID, 10)))
	}
	if _, err := r.Engine.Export(costcodes.Kind, engine.Selection{IDs: ids}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.run(t)
	for _, id := range ids {
		if it, _ := r.Engine.Get(id); it == nil || it.State != engine.Synced {
			t.Fatalf("cost code %s not synced: %+v", id, it)
		}
	}
}

// linkJobs reads the projects and links each one that has a job in QuickBooks to it.
func (r *rig) linkJobs(t *testing.T) {
	t.Helper()
	r.run(t) // the new jobs into the mirror
	r.LinkJobs(t, customer)
}

func (r *rig) detect(t *testing.T) {
	t.Helper()
	for _, k := range []engine.Kind{budgets.BudgetKind, budgets.ChangeKind} {
		if _, err := r.Engine.Detect(context.Background(), k); err != nil {
			t.Fatal(err)
		}
	}
}

func (r *rig) item(t *testing.T, kind engine.Kind, key string) *engine.Item {
	t.Helper()
	it, err := r.Engine.Get(engine.ItemID(kind, key))
	if err != nil {
		t.Fatalf("%s %s: %v", kind, key, err)
	}
	return it
}

func (r *rig) accept(t *testing.T, kind engine.Kind, keys ...string) {
	t.Helper()
	var ids []string
	for _, k := range keys {
		ids = append(ids, engine.ItemID(kind, k))
	}
	if n, err := r.Engine.Export(kind, engine.Selection{IDs: ids}, engine.ByBookkeeper); err != nil || n != len(ids) {
		t.Fatalf("accept %v: %d queued, %v", keys, n, err)
	}
}

// estimates reads every estimate of the QuickBooks company, lines included, by job.
func estimates(t testing.TB, qb *qbsim.Company) map[string]*qbxml.EstimateRet {
	t.Helper()
	out := map[string]*qbxml.EstimateRet{}
	for _, e := range queryEstimates(t, qb, qbxml.EstimateQuery{}) {
		out[e.CustomerRef.FullName] = e
	}
	return out
}

// queryEstimates runs an EstimateQuery, lines included, against the QuickBooks company, the
// way QuickBooks answers one over qbXML.
func queryEstimates(t testing.TB, qb *qbsim.Company, q qbxml.EstimateQuery) []*qbxml.EstimateRet {
	t.Helper()
	yes := true
	q.IncludeLineItems = &yes
	set := qbxml.MessageSet{Version: qbxml.Version13}
	set.AddWithID("1", q)
	doc, _, err := set.Build()
	must(t, err)
	resp, err := qb.ProcessRequest(context.Background(), string(doc))
	must(t, err)
	var out []*qbxml.EstimateRet
	must(t, qbxml.ParseResponses(strings.NewReader(resp), func(r *qbxml.Response) error {
		for _, ret := range r.Rets {
			if e, ok := ret.(*qbxml.EstimateRet); ok {
				out = append(out, e)
			}
		}
		return nil
	}))
	return out
}

// lineWords writes an estimate's lines as "item|desc|qty|rate|amount" for comparison.
func lineWords(e *qbxml.EstimateRet) []string {
	var out []string
	for _, l := range e.Lines {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s", l.ItemRef.FullName, l.Desc, l.Quantity, l.Rate, l.Amount))
	}
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func ptr[T any](v T) *T { return &v }

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func mustItems(t *testing.T, r *rig, kind engine.Kind) []*engine.Item {
	t.Helper()
	items, err := r.Engine.Items(kind)
	must(t, err)
	return items
}

// modID is the id of the project's only budget modification.
func (r *rig) modID(t *testing.T, project int64) int64 {
	t.Helper()
	mods, err := r.Client.ListBudgetModifications(project).Collect(context.Background())
	if err != nil || len(mods) != 1 {
		t.Fatalf("modifications of %d: %v %v", project, mods, err)
	}
	return mods[0].ID
}
