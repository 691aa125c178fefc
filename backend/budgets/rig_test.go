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
	"joblink/backend/jobs"
	"joblink/backend/procore"
	"joblink/backend/procoresim"
	"joblink/backend/qbmirror"
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
var codes = []struct {
	ID         int64
	Code, Name string
}{
	{4_711_000_001, "01-100", "General Conditions"},
	{4_711_000_002, "03-300", "Concrete"},
	{4_711_000_003, "05-500", "Structural Steel"},
	{4_711_000_004, "09-900", "Finishes"}, // never exported in the tests: a missing item
}

// rig is the sync path with both simulators and the budgets flows.
type rig struct {
	*synctest.Rig
	pc      *procoresim.Company
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
	pc := procoresim.NewCompany(companyID, "Budget Test Builders")
	must(t, pc.AddStandardCostCodeList(&procoresim.StandardCostCodeList{ID: codeList, Name: "ERP list", IsERPList: true, AvailableToUseOnNewProjects: true}))
	for _, c := range codes {
		must(t, pc.AddStandardCostCode(&procoresim.StandardCostCode{ID: c.ID, ListID: codeList, Code: c.Code, FullCode: c.Code, Name: c.Name}))
	}
	must(t, pc.AddLineItemType(&procoresim.LineItemType{ID: lineItemType, Name: "Cost", Code: "C"}))
	r := &rig{pc: pc, nextID: 4_740_000_000, clock: newBenchClock()}
	var client *procore.Client
	r.budgets, r.changes = budgets.New(budgets.Deps{Procore: func() (*procore.Client, error) { return client, nil }, Now: r.clock.Now})
	r.Rig = synctest.New(t, synctest.Options{Log: zerolog.Nop(), Lists: true, PCompany: pc,
		Flows: []engine.Flow{r.budgets, r.changes}, ProcoreSpikeLimit: -1, DirectExport: direct})
	client = r.Client
	r.budgets.Keep(r.Store)
	if _, err := r.QB.AddCustomer(qbsim.Customer{Name: customer}); err != nil {
		t.Fatal(err)
	}
	return r
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
	list := codeList
	must(t, r.pc.AddProject(&procoresim.Project{ID: id, Name: name, DisplayName: name, Active: true,
		StandardCostCodeListID: &list, CreatedAt: "2026-10-01T08:00:00Z", UpdatedAt: "2026-10-01T08:00:00Z"}))
	must(t, r.pc.AddBudgetView(&procoresim.BudgetView{ID: budgetView + id%1000, Name: "Standard", Role: "standard", CreatedAt: "2026-10-01T08:00:00Z", UpdatedAt: "2026-10-01T08:00:00Z"}))
	out := map[int]*procoresim.BudgetLineItem{}
	for i := range codes {
		amount, ok := amounts[i]
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(amount, 64)
		must(t, err)
		item := &procoresim.BudgetLineItem{ID: r.id(), ProjectID: id, CostCodeID: procoresim.ProjectCostCodeID(id, i),
			LineItemTypeID: lineItemType, OriginalBudgetAmount: v, CalculationStrategy: "manual",
			CreatedAt: "2026-10-02T08:00:00Z", UpdatedAt: "2026-10-02T08:00:00Z"}
		must(t, r.pc.AddBudgetLineItem(item))
		out[i] = item
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
	r.linkJobsTB(t, customer)
}

// linkJobsTB links each project to the job of its name under parent, as the mirror has them.
func (r *rig) linkJobsTB(t testing.TB, parent string) {
	t.Helper()
	if _, err := r.Engine.Detect(context.Background(), jobs.Kind); err != nil {
		t.Fatal(err)
	}
	items, err := r.Engine.Items(jobs.Kind)
	must(t, err)
	var links []engine.LinkSpec
	for _, it := range items {
		rec, err := r.Mirror.FindByName(qbmirror.Customers, parent+":"+it.Title)
		if err != nil {
			continue
		}
		links = append(links, engine.LinkSpec{ID: it.ID, Ref: engine.QBRef{ListID: rec.ListID, FullName: rec.FullName, EditSequence: rec.EditSequence}})
	}
	if _, err := r.Engine.LinkAll(links, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
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

// estimates reads every estimate of the QuickBooks company, lines included.
func estimates(t testing.TB, qb *qbsim.Company) map[string]*qbxml.EstimateRet {
	t.Helper()
	yes := true
	set := qbxml.MessageSet{Version: qbxml.Version13}
	set.AddWithID("1", qbxml.EstimateQuery{IncludeLineItems: &yes})
	doc, _, err := set.Build()
	must(t, err)
	resp, err := qb.ProcessRequest(context.Background(), string(doc))
	must(t, err)
	out := map[string]*qbxml.EstimateRet{}
	err = qbxml.ParseResponses(strings.NewReader(resp), func(r *qbxml.Response) error {
		for _, ret := range r.Rets {
			if e, ok := ret.(*qbxml.EstimateRet); ok {
				out[e.CustomerRef.FullName] = e
			}
		}
		return nil
	})
	must(t, err)
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
