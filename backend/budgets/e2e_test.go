package budgets_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"joblink/backend/budgets"
	"joblink/backend/costcodes"
	"joblink/backend/engine"
	"joblink/backend/procoresim"
	"joblink/qbwc/qbsim"
	"joblink/qbwc/qbxml/xsdcheck"
)

// Projects of the end-to-end test.
const (
	tower     = int64(4_750_000_001) // locked, linked: the estimate, then a modification and a change
	annex     = int64(4_750_000_002) // unlocked, linked
	depot     = int64(4_750_000_003) // locked, not linked to a QuickBooks job
	finishes  = int64(4_750_000_004) // locked, linked, a line on a code QuickBooks has no item for
	emptyLots = int64(4_750_000_005) // locked, linked, no lines
)

func key(p int64, rest string) string { return itoa(p) + "/" + rest }

// TestBudgetsEndToEnd: simulated Procore → engine → Approvals → Web Connector → simulated
// QuickBooks. A locked budget becomes an estimate with the right lines and total; a legacy
// modification and an approved budget change are appended with the right signs; an unlocked
// budget, an unlinked project, a missing cost-code item and an empty budget are each
// explained and never sent; a rejected change keeps its comment; a budget and a change edited
// in Procore after export say so, with the difference, and nothing is sent twice.
func TestBudgetsEndToEnd(t *testing.T) {
	r := newRig(t)
	lines := r.project(t, tower, "Tower One", true, true, map[int]string{0: "45000", 1: "120000.50", 2: "30000"})
	r.project(t, annex, "Annex", false, true, map[int]string{0: "1000"})
	r.project(t, depot, "Depot", true, false, map[int]string{1: "5000"})
	r.project(t, finishes, "Finishes Hall", true, true, map[int]string{0: "2000", 3: "7000"})
	r.project(t, emptyLots, "Empty Lots", true, true, nil)
	r.exportCodes(t, 3)
	r.linkJobs(t)
	r.detect(t)

	// What is ready, and what is explained.
	tw := r.item(t, budgets.BudgetKind, key(tower, "budget"))
	if tw.Status() != "ready" {
		t.Fatalf("Tower One's budget: %s %+v", tw.Status(), tw.Failure)
	}
	explained(t, r.item(t, budgets.BudgetKind, key(annex, "budget")), "not locked", "Lock the budget")
	explained(t, r.item(t, budgets.BudgetKind, key(depot, "budget")), "not linked to a QuickBooks job", "Jobs page")
	explained(t, r.item(t, budgets.BudgetKind, key(emptyLots, "budget")), "no lines", "Add the budget lines")
	if fh := r.item(t, budgets.BudgetKind, key(finishes, "budget")); fh.Status() != "ready" {
		t.Fatalf("Finishes Hall's budget: %s %+v", fh.Status(), fh.Failure)
	}

	// The Approvals list reads the item's Detail: project, job, number, title, total, line count.
	var sum struct {
		Project, ProjectID, Job, Title, Total string
		Lines                                 int
	}
	if err := json.Unmarshal([]byte(tw.Detail), &sum); err != nil || sum.Project != "Tower One" || sum.ProjectID != itoa(tower) ||
		sum.Job != "Budget Builders:Tower One" || sum.Title != "Original budget" || sum.Total != "195,000.50" || sum.Lines != 3 {
		t.Fatalf("Tower One's Detail: %s (%v)", tw.Detail, err)
	}
	if d := r.item(t, budgets.BudgetKind, key(depot, "budget")).Detail; strings.Contains(d, `"job"`) {
		t.Fatalf("an unlinked project's Detail names a job: %s", d)
	}

	// The preview says exactly what QuickBooks will receive.
	p, err := r.Engine.Preview(tw.ID)
	must(t, err)
	if p.Request != "EstimateAdd" || p.Job != "Budget Builders:Tower One" || p.LineCount != 3 || p.Total != "195,000.50" ||
		len(p.Blocks) != 0 || p.Lines[1].Item != "03-300" || p.Lines[1].Amount != "120,000.50" || p.Lines[1].Description != "Concrete (Cost)" {
		t.Fatalf("preview of Tower One: %+v", p)
	}
	if !strings.Contains(p.Rejection, "no way to return a budget") {
		t.Errorf("the preview does not say what a rejection does: %q", p.Rejection)
	}
	code, body := getPreview(t, r, "budget", key(tower, "budget"))
	if lines, _ := body["lines"].([]any); code != 200 || body["request"] != "EstimateAdd" || body["total"] != "195,000.50" || len(lines) != 3 ||
		body["job"] != "Budget Builders:Tower One" || body["blocks"] == nil {
		t.Fatalf("GET …/preview: %d %v", code, body)
	}
	if code, body := getPreview(t, r, "costcode", itoa(codes[0].ID)); code != 404 || body["error"].(map[string]any)["code"] != "no_preview" {
		t.Fatalf("a kind without preview: %d %v", code, body)
	}
	if code, _ := getPreview(t, r, "budget", "999/budget"); code != 404 {
		t.Fatalf("an unknown item's preview: %d", code)
	}
	fp, err := r.Engine.Preview(engine.ItemID(budgets.BudgetKind, key(finishes, "budget")))
	must(t, err)
	if len(fp.Blocks) != 1 || !strings.Contains(fp.Blocks[0].Says, "09-900 Finishes") || fp.Blocks[0].ItemID != engine.ItemID(costcodes.Kind, itoa(codes[3].ID)) || fp.Request != "" {
		t.Fatalf("preview of Finishes Hall names no missing cost code: %+v", fp)
	}

	// Accepted: the estimate goes; Finishes Hall waits for its cost code, saying which.
	r.accept(t, budgets.BudgetKind, key(tower, "budget"), key(finishes, "budget"))
	r.run(t)
	tw = r.item(t, budgets.BudgetKind, key(tower, "budget"))
	if tw.State != engine.Synced || tw.QB == nil || tw.QB.TxnID == "" {
		t.Fatalf("Tower One after the run: %s %+v %+v", tw.State, tw.Failure, tw.QB)
	}
	if fh := r.item(t, budgets.BudgetKind, key(finishes, "budget")); fh.Status() != "waiting" || fh.Blocked == nil || !strings.Contains(fh.Blocked.Says, "09-900 Finishes") {
		t.Fatalf("Finishes Hall should wait for cost code 09-900: %s %+v", fh.Status(), fh.Blocked)
	}
	est := estimates(t, r.QB)
	e := est["Budget Builders:Tower One"]
	if e == nil || e.TotalAmount != "195000.50" {
		t.Fatalf("Tower One's estimate: %+v", e)
	}
	want := []string{"01-100|General Conditions (Cost)|1|45000.00|45000.00", "03-300|Concrete (Cost)|1|120000.50|120000.50",
		"05-500|Structural Steel (Cost)|1|30000.00|30000.00"}
	if got := lineWords(e); !slices.Equal(got, want) {
		t.Fatalf("Tower One's estimate lines:\n%q\nwant\n%q", got, want)
	}
	if _, there := est["Budget Builders:Annex"]; there || len(est) != 1 {
		t.Fatalf("estimates in QuickBooks: %v", keys(est))
	}

	// A legacy modification (03-300 → 05-500) and an approved budget change (01-100 → 05-500).
	from := lines[1].ID
	must(t, r.pc.AddBudgetModification(&procoresim.BudgetModification{ID: r.id(), ProjectID: tower, FromBudgetLineItemID: &from,
		ToBudgetLineItemID: lines[2].ID, TransferAmount: "5000.0", Notes: ptr("Steel upgrade"),
		CreatedAt: "2026-11-03T10:00:00Z", UpdatedAt: "2026-11-03T10:00:00Z"}))
	change := &procoresim.BudgetChange{ID: r.id(), ProjectID: tower, Number: 1, Status: "approved", Title: ptr("Slab redesign"),
		ERPStatus: "not_in_erp", CreatedAt: "2026-11-04T10:00:00Z", UpdatedAt: "2026-11-04T10:00:00Z",
		Adjustments: []*procoresim.BudgetChangeAdjustment{
			{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[0].WBSCodeID, Type: "budget_change", Amount: -2500, CalculationStrategy: "manual"},
			{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[2].WBSCodeID, Type: "change_event", Amount: 2500, CalculationStrategy: "manual"},
		}}
	must(t, r.pc.AddBudgetChange(change))
	draft := &procoresim.BudgetChange{ID: r.id(), ProjectID: tower, Number: 2, Status: "draft", Title: ptr("Not yet"), ERPStatus: "not_in_erp",
		Adjustments: []*procoresim.BudgetChangeAdjustment{{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[0].WBSCodeID, Type: "change_event", Amount: 100}}}
	must(t, r.pc.AddBudgetChange(draft))
	r.detect(t)
	page, err := r.Engine.List(budgets.ChangeKind, engine.Query{})
	must(t, err)
	if page.Counts["ready"] != 2 || page.Counts["all"] != 2 {
		t.Fatalf("budget changes detected: %v", page.Counts)
	}
	mod := r.item(t, budgets.ChangeKind, key(tower, "bm"+itoa(r.modID(t, tower))))
	if !strings.Contains(mod.Detail, `"changedAt":"2026-11-03T10:00:00Z"`) || !strings.Contains(mod.Detail, `"lines":2`) ||
		!strings.Contains(mod.Detail, `"job":"Budget Builders:Tower One"`) {
		t.Fatalf("the modification's Detail: %s", mod.Detail)
	}
	bc := key(tower, "bc"+itoa(change.ID))
	cp, err := r.Engine.Preview(engine.ItemID(budgets.ChangeKind, bc))
	must(t, err)
	if cp.Request != "EstimateMod" || cp.LineCount != 2 || cp.Lines[0].Amount != "-2,500.00" || cp.Lines[1].Amount != "2,500.00" ||
		cp.TotalBefore != "195,000.50" || cp.TotalAfter != "195,000.50" || cp.Target == "" || !strings.Contains(cp.Lines[0].Description, "Budget change #1 Slab redesign") {
		t.Fatalf("preview of the change: %+v", cp)
	}
	if _, err := r.Engine.Export(budgets.ChangeKind, engine.Selection{All: true}, engine.ByBookkeeper); err != nil {
		t.Fatal(err)
	}
	r.run(t)
	e = estimates(t, r.QB)["Budget Builders:Tower One"]
	got := lineWords(e)
	if len(got) != 7 || !slices.Equal(got[:3], want) || e.TotalAmount != "195000.50" {
		t.Fatalf("Tower One's estimate after the changes (total %s):\n%s", e.TotalAmount, strings.Join(got, "\n"))
	}
	signs := map[string]string{}
	for _, l := range got[3:] {
		f := strings.Split(l, "|")
		signs[f[0]+" "+strings.SplitN(f[1], " - ", 2)[0]] = f[4]
	}
	wantSigns := map[string]string{"03-300 Budget modification " + itoa(r.modID(t, tower)) + " Steel upgrade": "-5000.00",
		"05-500 Budget modification " + itoa(r.modID(t, tower)) + " Steel upgrade": "5000.00",
		"01-100 Budget change #1 Slab redesign":                                    "-2500.00", "05-500 Budget change #1 Slab redesign": "2500.00"}
	if !mapsEqual(signs, wantSigns) {
		t.Fatalf("appended lines: %v\nwant %v", signs, wantSigns)
	}
	for _, it := range mustItems(t, r, budgets.ChangeKind) {
		if it.State != engine.Synced {
			t.Fatalf("%s after the run: %s %+v", it.Title, it.State, it.Failure)
		}
	}

	// A change the bookkeeper rejects: it stays out, with the comment, and says why Procore is not told.
	third := &procoresim.BudgetChange{ID: r.id(), ProjectID: tower, Number: 3, Status: "approved", Title: ptr("Canopy"), ERPStatus: "not_in_erp",
		Adjustments: []*procoresim.BudgetChangeAdjustment{{ID: r.id(), AdjustmentNumber: 1, WBSCodeID: lines[0].WBSCodeID, Type: "change_event", Amount: 900}}}
	must(t, r.pc.AddBudgetChange(third))
	r.detect(t)
	rejected := engine.ItemID(budgets.ChangeKind, key(tower, "bc"+itoa(third.ID)))
	if n, err := r.Engine.Reject(budgets.ChangeKind, engine.Selection{IDs: []string{rejected}}, "The canopy is the owner's cost", engine.ByBookkeeper); err != nil || n != 1 {
		t.Fatalf("reject: %d %v", n, err)
	}
	rit, _ := r.Engine.Get(rejected)
	if rit.State != engine.Rejected || rit.Comment != "The canopy is the owner's cost" || len(rit.Notes) == 0 || !strings.Contains(rit.Notes[0], "no way to return a budget") {
		t.Fatalf("rejected change: %+v", rit)
	}
	act, err := r.Engine.Activity(budgets.ChangeKind, 5)
	must(t, err)
	if len(act) == 0 || !strings.Contains(act[0].Message, "The canopy is the owner's cost") {
		t.Fatalf("the comment is not in Activity: %+v", act)
	}

	// Edited in Procore after export: explained with the difference, never sent again.
	r.pc.SetBudgetLocked(tower, false) // a locked budget's original amounts cannot change
	lines[1].OriginalBudgetAmount = 125000
	change.Status = "void"
	r.detect(t)
	explained(t, r.item(t, budgets.BudgetKind, key(tower, "budget")), "changed in Procore after export: 03-300 Concrete (Cost): 120,000.50 in QuickBooks, 125,000.00 in Procore now", "budget change")
	explained(t, r.item(t, budgets.ChangeKind, bc), `changed in Procore after export: its status is "void" in Procore now`, "budget change")
	r.accept(t, budgets.BudgetKind, key(tower, "budget"))
	r.run(t)
	if got := lineWords(estimates(t, r.QB)["Budget Builders:Tower One"]); len(got) != 7 {
		t.Fatalf("the estimate changed after the edits in Procore: %q", got)
	}
	explained(t, r.item(t, budgets.BudgetKind, key(tower, "budget")), "changed in Procore after export", "budget change")

	// The unlinked project gets its job: its budget is no longer explained, it waits for a decision.
	_, err = r.QB.AddCustomer(qbsim.Customer{Name: "Depot", Parent: customer})
	must(t, err)
	r.linkJobs(t)
	r.detect(t)
	if it := r.item(t, budgets.BudgetKind, key(depot, "budget")); it.Status() != "ready" {
		t.Fatalf("Depot's budget once its project is linked: %s %+v", it.Status(), it.Failure)
	}

	// Every EstimateAdd and EstimateMod Joblink sent validates against Intuit's schemas.
	sent := 0
	for _, rep := range r.reports {
		for _, c := range rep.Calls {
			if c.Method == "sendRequestXML" && (strings.Contains(c.Result, "<EstimateAddRq") || strings.Contains(c.Result, "<EstimateModRq")) {
				sent++
				xsdcheck.Validate(t, []byte(c.Result), "13.0")
				xsdcheck.Validate(t, []byte(c.Result), "16.0")
			}
		}
	}
	if sent < 2 {
		t.Fatalf("%d estimate request sets seen on the wire", sent)
	}
}

func explained(t *testing.T, it *engine.Item, message, fix string) {
	t.Helper()
	if it.Status() != "attention" || it.Failure == nil || !strings.Contains(it.Failure.Message, message) || !strings.Contains(it.Failure.Fix, fix) {
		t.Fatalf("%s: status %s, failure %+v; want %q / %q", it.Title, it.Status(), it.Failure, message, fix)
	}
}
