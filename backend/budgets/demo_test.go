package budgets_test

import (
	"context"
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
)

// TestDemoBudgets is `make demo`'s path: the reference Procore company against QuickBooks'
// demo company, whose jobs are named like several projects. Once the cost codes are exported
// and those projects linked to their jobs, the locked budgets wait on Approvals, the unlocked
// ones are explained; the bookkeeper accepts Cedar Ridge Medical Office Building's budget and
// the next run adds its estimate; its approved budget changes are then appended below it (the
// budget's lines kept first, as they were, by TxnLineID).
func TestDemoBudgets(t *testing.T) {
	if testing.Short() {
		t.Skip("the reference company is large")
	}
	pc, err := procoresim.NewReferenceCompany()
	must(t, err)
	qb, err := qbsim.NewDemoCompany()
	must(t, err)
	var client *procore.Client
	bf, cf := budgets.New(budgets.Deps{Procore: func() (*procore.Client, error) { return client, nil }})
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop(), Lists: true, PCompany: pc, QB: qb, ProcoreSpikeLimit: -1,
		Flows: []engine.Flow{bf, cf}})
	client = r.Client
	bf.Keep(r.Store)
	ctx := context.Background()
	r.RunWebConnector(t)
	r.ChooseAccounts(t)
	for _, k := range []engine.Kind{costcodes.Kind, jobs.Kind} {
		_, err := r.Engine.Detect(ctx, k)
		must(t, err)
	}
	// The bookkeeper links each project to the QuickBooks job of the same name.
	jobsByName := map[string]qbmirror.Record{}
	must(t, r.Mirror.List(qbmirror.Customers, func(rec qbmirror.Record) error {
		if rec.Sublevel == 1 {
			jobsByName[rec.Name] = rec
		}
		return nil
	}))
	items, err := r.Engine.Items(jobs.Kind)
	must(t, err)
	var links []engine.LinkSpec
	for _, it := range items {
		if rec, ok := jobsByName[it.Title]; ok {
			links = append(links, engine.LinkSpec{ID: it.ID, Ref: engine.QBRef{ListID: rec.ListID, FullName: rec.FullName, EditSequence: rec.EditSequence}})
		}
	}
	if len(links) < 5 {
		t.Fatalf("only %d projects have a demo job of their name", len(links))
	}
	_, err = r.Engine.LinkAll(links, engine.ByBookkeeper)
	must(t, err)
	for _, k := range []engine.Kind{budgets.BudgetKind, budgets.ChangeKind} {
		_, err := r.Engine.Detect(ctx, k)
		must(t, err)
	}
	page, err := r.Engine.List(budgets.BudgetKind, engine.Query{Limit: 100})
	must(t, err)
	var cedar *engine.Item
	for _, it := range page.Items {
		if strings.Contains(it.Title, "Cedar Ridge Medical Office Building") {
			cedar = it
		}
		if strings.Contains(it.Title, "Cedar Ridge Warehouse") && (it.Failure == nil || !strings.Contains(it.Failure.Message, "not locked")) {
			t.Errorf("the unlocked demo budget: %s %+v", it.Status(), it.Failure)
		}
	}
	if cedar == nil || cedar.Status() != "ready" {
		t.Fatalf("Cedar Ridge Medical Office Building's budget: %+v (budgets %v)", cedar, page.Counts)
	}
	// No cost code is a QuickBooks item yet: the preview names each one, with the item that
	// exports it, and the bookkeeper exports those with the budget (the page's one click).
	p, err := r.Engine.Preview(cedar.ID)
	must(t, err)
	if p.Request != "" || p.LineCount == 0 || len(p.Blocks) == 0 {
		t.Fatalf("preview before the cost codes: %+v", p)
	}
	exportBlocks(t, r, p)
	_, err = r.Engine.Export(budgets.BudgetKind, engine.Selection{IDs: []string{cedar.ID}}, engine.ByBookkeeper)
	must(t, err)
	r.RunWebConnector(t)
	if p, err = r.Engine.Preview(cedar.ID); err != nil || p.Request != "" || len(p.Blocks) != 0 || p.Target == "" {
		t.Fatalf("preview once exported: %+v %v", p, err)
	}
	e := estimates(t, r.QB)[p.Job]
	if e == nil || len(e.Lines) != p.LineCount {
		t.Fatalf("the estimate of %s: %+v", p.Job, e)
	}
	project := strings.Split(cedar.Key, "/")[0]
	var changes []string
	items, err = r.Engine.Items(budgets.ChangeKind)
	must(t, err)
	for _, it := range items {
		if strings.HasPrefix(it.Key, project+"/") && it.Status() == "ready" {
			changes = append(changes, it.ID)
		}
	}
	if len(changes) == 0 {
		t.Fatal("Cedar Ridge Medical Office Building has no budget change ready")
	}
	for _, id := range changes {
		cp, err := r.Engine.Preview(id)
		must(t, err)
		exportBlocks(t, r, cp)
	}
	_, err = r.Engine.Export(budgets.ChangeKind, engine.Selection{IDs: changes}, engine.ByBookkeeper)
	must(t, err)
	r.RunWebConnector(t)
	e2 := estimates(t, r.QB)[p.Job]
	if e2.TxnID != e.TxnID || len(e2.Lines) <= len(e.Lines) {
		t.Fatalf("no lines appended to estimate %s: %d before, %d after (estimate %s)", e.TxnID, len(e.Lines), len(e2.Lines), e2.TxnID)
	}
	// Below it: the budget's lines first, as they were, then the changes' lines.
	for i, l := range e.Lines {
		if got := e2.Lines[i]; got.TxnLineID != l.TxnLineID || got.Amount != l.Amount || got.Desc != l.Desc {
			t.Fatalf("budget line %d after the changes: %+v, was %+v", i, got, l)
		}
	}
	for _, l := range e2.Lines[len(e.Lines):] {
		if !strings.Contains(l.Desc, "[JL b") {
			t.Fatalf("an appended line without its change's marker: %+v", l)
		}
	}
	for _, id := range changes {
		if it, _ := r.Engine.Get(id); it.State != engine.Synced {
			t.Errorf("%s: %s %+v", it.Title, it.State, it.Failure)
		}
	}
	t.Logf("%s: %d budget lines, %d change lines appended (%d changes); budgets %v", p.Job, len(e.Lines), len(e2.Lines)-len(e.Lines), len(changes), page.Counts)
}

// exportBlocks exports the cost codes a preview says are not QuickBooks items yet.
func exportBlocks(t *testing.T, r *synctest.Rig, p engine.Preview) {
	t.Helper()
	var ids []string
	for _, b := range p.Blocks {
		if b.Kind == costcodes.Kind && b.ItemID != "" {
			ids = append(ids, b.ItemID)
		}
	}
	if len(ids) == 0 {
		return
	}
	if _, err := r.Engine.Export(costcodes.Kind, engine.Selection{IDs: ids}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
}
