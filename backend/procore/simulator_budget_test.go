package procore_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// These tests read and write budgets through the client against the simulator, both written to
// documents.md (sections A1, A5, B2–B7): display-name view columns, string amounts, v2.0 adjustment
// lines, WBS resolution, the retired budget modifications and the Direct Costs tool.

// newBudgetRig serves a reference company that prepare may change first.
func newBudgetRig(t *testing.T, prepare func(*procoresim.Company)) (*simRig, *procore.Client) {
	t.Helper()
	company, err := procoresim.NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	if prepare != nil {
		prepare(company)
	}
	sim := procoresim.New(procoresim.Options{Companies: []*procoresim.Company{company}, HourlyLimit: -1, SpikeLimit: -1})
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	r := &simRig{sim: sim, company: company, url: srv.URL, counter: &countingTransport{}}
	return r, r.serviceAccountClient(t, 0)
}

// projectNamed finds a reference project by its exact name (the demo's QuickBooks jobs share them).
func projectNamed(t *testing.T, c *procore.Client, name string) int64 {
	t.Helper()
	projects, err := c.ListProjects(procore.ListProjectsOptions{Status: "All", Compact: true}).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range projects {
		if p.Name == name {
			return p.ID
		}
	}
	t.Fatalf("no project %q", name)
	return 0
}

// standardView returns the project's Procore Standard Budget view and its columns.
func standardView(t *testing.T, c *procore.Client, project int64) (procore.BudgetView, []procore.BudgetDetailColumn) {
	t.Helper()
	ctx := context.Background()
	views, err := c.ListBudgetViews(project).Collect(ctx)
	if err != nil || len(views) == 0 {
		t.Fatalf("views: %v", err)
	}
	for _, view := range views {
		if view.Name == "Procore Standard Budget" {
			columns, err := c.BudgetDetailColumns(ctx, project, view.ID)
			if err != nil {
				t.Fatal(err)
			}
			return view, columns
		}
	}
	t.Fatal("no standard view")
	return procore.BudgetView{}, nil
}

func columnAmount(t *testing.T, row procore.BudgetDetailRow, columns []procore.BudgetDetailColumn, name string) string {
	t.Helper()
	column, ok := procore.FindBudgetColumn(columns, name)
	if !ok {
		t.Fatalf("the view has no %q column", name)
	}
	d, ok, err := row.ColumnAmount(column)
	if !ok || err != nil {
		t.Fatalf("row %d column %q: %v %v (columns %v)", row.ID, name, ok, err, row.Columns)
	}
	return d.String()
}

func TestLockedDemoBudgetReadsLikeTheRealAPI(t *testing.T) {
	_, c := newBudgetRig(t, nil)
	ctx := context.Background()
	project := projectNamed(t, c, "Cedar Ridge Medical Office Building")
	if locked, err := c.BudgetLocked(ctx, project); err != nil || !locked {
		t.Fatalf("the linked demo project's budget is locked: %v %v", locked, err)
	}
	view, columns := standardView(t, c, project)
	rows, err := c.ListBudgetDetailRows(project, view.ID, procore.BudgetDetailRowsOptions{}).Collect(ctx)
	if err != nil || len(rows) < 10 {
		t.Fatalf("%d rows: %v", len(rows), err)
	}
	if _, ok := procore.FindBudgetColumn(columns, procore.ColumnApprovedCOs); !ok {
		t.Error("the standard view shows Approved COs")
	}
	var ids []int64
	for _, row := range rows {
		ids = append(ids, row.ID)
		if row.ID == 0 || row.BudgetRowID != fmt.Sprint(row.ID) || row.CostCodeID == 0 || row.CategoryID == 0 || row.Category == "" {
			t.Errorf("row ids: %+v", row)
		}
		if len(row.CostCodeLevels) != 2 || row.CostCodeLevels[1].ID != row.CostCodeID || row.CostCodeLevels[1].Name != row.CostCode ||
			row.CostCodeLevels[0].Name != row.RootCostCode || !strings.Contains(row.CostCode, " - ") {
			t.Errorf("cost code %q levels %+v root %q", row.CostCode, row.CostCodeLevels, row.RootCostCode)
		}
		// Two-decimal strings on the wire, every view column keyed by its display name.
		if whole, cents, found := strings.Cut(row.OriginalBudgetAmount.String(), "."); !found || whole == "" || len(cents) != 2 {
			t.Errorf("original budget %q", row.OriginalBudgetAmount)
		}
		if _, ok, _ := row.Amount("job_to_date_costs"); ok {
			t.Error("a view column came keyed by its id")
		}
		revised := columnAmount(t, row, columns, procore.ColumnRevisedBudget)
		want := sumDecimals(t, row.OriginalBudgetAmount, row.BudgetModifications,
			procore.Decimal(columnAmount(t, row, columns, "Approved Budget Changes")))
		if !sameAmount(revised, want.String()) {
			t.Errorf("%s: revised %s, original + modifications + approved changes %s", row.CostCode, revised, want)
		}
		// Direct Costs tool off on this project: a figure written into the line is its Direct
		// Costs, and without invoices its job-to-date cost.
		line, err := c.BudgetLineItem(ctx, project, row.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !sameAmount(line.DirectCosts.String(), columnAmount(t, row, columns, procore.ColumnDirectCosts)) ||
			!sameAmount(columnAmount(t, row, columns, procore.ColumnJobToDateCosts), columnAmount(t, row, columns, procore.ColumnDirectCosts)) ||
			!sameAmount(line.OriginalBudgetAmount.String(), row.OriginalBudgetAmount.String()) ||
			!sameAmount(line.BudgetModifications.String(), row.BudgetModifications.String()) {
			t.Errorf("line %d: %+v against row %+v", row.ID, line, row)
		}
	}
	summary, err := c.ListBudgetSummaryRows(project, view.ID, "project").Collect(ctx)
	if err != nil || len(summary) != 1 {
		t.Fatalf("summary: %v %v", summary, err)
	}
	if len(summary[0].BudgetLineItemIDs) != len(ids) {
		t.Fatalf("summary budget_line_item_ids %v, detail rows %v", summary[0].BudgetLineItemIDs, ids)
	}
	for i, id := range summary[0].BudgetLineItemIDs {
		if int64(id) != ids[i] {
			t.Errorf("budget_line_item_ids[%d] = %d, want %d", i, id, ids[i])
		}
	}
	if jtd, ok, err := summary[0].Amount(procore.ColumnJobToDateCosts); !ok || err != nil || !jtd.IsSet() {
		t.Errorf("summary JTD: %q %v %v", jtd, ok, err)
	}
}

func TestBudgetChangeLinesResolveThroughWBSCodes(t *testing.T) {
	r, c := newBudgetRig(t, nil)
	ctx := context.Background()
	project := projectNamed(t, c, "Cedar Ridge Medical Office Building")
	view, _ := standardView(t, c, project)
	rows, err := c.ListBudgetDetailRows(project, view.ID, procore.BudgetDetailRowsOptions{}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	codes, err := c.ListWBSCodes(project).Collect(ctx)
	if err != nil || len(codes) < len(rows) {
		t.Fatalf("%d wbs codes for %d rows: %v", len(codes), len(rows), err)
	}
	wbs := procore.WBSCodesByID(codes)
	byPair := map[[2]int64]procore.BudgetDetailRow{}
	for _, row := range rows {
		code, ok := wbs[*row.WBSCodeID]
		costCode, costType, resolved := code.CostCodeAndType()
		if !ok || !resolved || costCode != row.CostCodeID || costType != row.CategoryID {
			t.Errorf("row %s.%s: wbs %+v resolves to %d/%d", row.CostCode, row.Category, code, costCode, costType)
		}
		if !strings.HasPrefix(row.CostCode, strings.Split(code.FlatCode, ".")[0]+" - ") || !strings.HasSuffix(code.FlatName, "."+row.Category) {
			t.Errorf("flat code %q name %q for %s %s", code.FlatCode, code.FlatName, row.CostCode, row.Category)
		}
		byPair[[2]int64{costCode, costType}] = row
	}

	// The demo's changes: an approved transfer (to +, two froms −), an approved increase and a draft.
	lines, err := c.ListBudgetChangeAdjustmentLines(project).Collect(ctx)
	if err != nil || len(lines) != 6 {
		t.Fatalf("%d adjustment lines: %v", len(lines), err)
	}
	byChange := map[int64][]procore.BudgetAdjustmentLine{}
	for _, line := range lines {
		byChange[line.BudgetChangeID] = append(byChange[line.BudgetChangeID], line)
		id, ok := line.WBSID()
		costCode, costType, resolved := wbs[id].CostCodeAndType()
		if _, budgeted := byPair[[2]int64{costCode, costType}]; !ok || !resolved || !budgeted {
			t.Errorf("line %s does not resolve to a budget line: %+v", line.Key(), line)
		}
		positive := !strings.HasPrefix(line.Amount.String(), "-")
		if (line.Type == procore.AdjustmentToType) != positive || line.Description == "" || line.BudgetChangeNumber == "" {
			t.Errorf("line %s: type %s amount %s", line.Key(), line.Type, line.Amount)
		}
	}
	changes, err := c.ListBudgetChanges(ctx, project, procore.ListBudgetChangesOptions{})
	if err != nil || len(changes) != 3 {
		t.Fatalf("changes %+v %v", changes, err)
	}
	for _, change := range changes {
		var sum []procore.Decimal
		for _, line := range byChange[change.ID] {
			if line.BudgetChangeStatus != change.Status || line.BudgetChangeName != *change.Title {
				t.Errorf("line %s of change %d: %s %q", line.Key(), change.ID, line.BudgetChangeStatus, line.BudgetChangeName)
			}
			sum = append(sum, line.Amount)
		}
		if !sameAmount(sumDecimals(t, sum...).String(), change.Amount.String()) {
			t.Errorf("change %d: lines add up to %s, the change says %s", change.ID, sumDecimals(t, sum...), change.Amount)
		}
	}

	// More lines than one page holds: 130 lines in one change, read 100 at a time.
	first, second := rows[0], rows[1]
	var adjustments []procore.BudgetAdjustmentFields
	for n := 1; n <= 65; n++ {
		adjustments = append(adjustments,
			procore.BudgetAdjustmentFields{AdjustmentNumber: new(int64(n)), WBSCodeID: first.WBSCodeID, Type: new(procore.AdjustmentToType), Amount: new(procore.Decimal("10.50"))},
			procore.BudgetAdjustmentFields{AdjustmentNumber: new(int64(n)), WBSCodeID: second.WBSCodeID, Type: new(procore.AdjustmentFromType), Amount: new(procore.Decimal("-10.50"))})
	}
	created, err := c.CreateBudgetChange(ctx, project, procore.BudgetChangeFields{Status: "approved", Title: new("Many small transfers"), AdjustmentLineItems: adjustments})
	if err != nil {
		t.Fatal(err)
	}
	before := r.counter.api.Load()
	pager := c.ListBudgetChangeAdjustmentLines(project)
	all, err := pager.Collect(ctx)
	if err != nil || len(all) != 136 || pager.Total() != 136 {
		t.Fatalf("%d lines (total %d): %v", len(all), pager.Total(), err)
	}
	if calls := r.counter.api.Load() - before; calls != 2 {
		t.Errorf("136 lines in %d calls, want 2 pages of at most 100", calls)
	}
	seen := map[string]bool{}
	mine := 0
	for _, line := range all {
		if seen[line.Key()] {
			t.Errorf("line %s read twice", line.Key())
		}
		seen[line.Key()] = true
		if line.BudgetChangeID == created.ID {
			mine++
		}
	}
	if mine != 130 {
		t.Errorf("%d lines of the new change", mine)
	}
}

func TestLegacyModificationsAndTheMigration(t *testing.T) {
	ctx := context.Background()
	_, c := newBudgetRig(t, nil)
	project := projectNamed(t, c, "Cedar Ridge Medical Office Building")
	legacy, err := c.ListBudgetModifications(project).Collect(ctx)
	if err != nil || len(legacy) != 1 || legacy[0].FromBudgetLineItemID == nil || !legacy[0].TransferAmount.IsSet() {
		t.Fatalf("the modification made before the migration is still listed: %+v %v", legacy, err)
	}
	transfer := procore.BudgetModificationFields{FromBudgetLineItemID: legacy[0].FromBudgetLineItemID,
		ToBudgetLineItemID: legacy[0].ToBudgetLineItemID, TransferAmount: "100.00", Notes: new("retry")}
	_, err = c.CreateBudgetModification(ctx, project, transfer)
	var apiErr *procore.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 405 || !strings.Contains(apiErr.Message, "Budget Changes") {
		t.Fatalf("a company using budget changes answers 405: %v", err)
	}

	// A company that has not migrated takes the same transfer.
	_, old := newBudgetRig(t, func(company *procoresim.Company) { company.BudgetChangesMigrated = false })
	m, err := old.CreateBudgetModification(ctx, project, transfer)
	if err != nil || m.ID == 0 || !sameAmount(m.TransferAmount.String(), "100") {
		t.Fatalf("legacy create: %+v %v", m, err)
	}
	line, err := old.BudgetLineItem(ctx, project, transfer.ToBudgetLineItemID)
	if err != nil || !sameAmount(line.BudgetModifications.String(), sumDecimals(t, legacy[0].TransferAmount, "100").String()) {
		t.Errorf("budget_modifications of the receiving line: %+v %v", line.BudgetModifications, err)
	}
}

func TestDirectCostsFollowTheProjectsTool(t *testing.T) {
	ctx := context.Background()
	_, c := newBudgetRig(t, nil)

	// Tool off: the figure is written and becomes the line's Direct Costs and job-to-date costs.
	off := projectNamed(t, c, "Harbor Point Mixed-Use Apartments")
	if active, found, err := c.DirectCostsToolActive(ctx, off); err != nil || !found || active {
		t.Fatalf("Harbor Point's Direct Costs tool: active %v found %v %v", active, found, err)
	}
	view, columns := standardView(t, c, off)
	rows, err := c.ListBudgetDetailRows(off, view.ID, procore.BudgetDetailRowsOptions{}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	target := rows[1]
	updated, err := c.UpdateBudgetLineItem(ctx, off, target.ID, procore.BudgetLineItemFields{DirectCosts: new(procore.Decimal("2450.35"))})
	if err != nil || !sameAmount(updated.DirectCosts.String(), "2450.35") {
		t.Fatalf("direct costs with the tool off: %+v %v", updated, err)
	}
	again, err := c.ListBudgetDetailRows(off, view.ID, procore.BudgetDetailRowsOptions{BudgetLineItemIDs: []int64{target.ID}}).Collect(ctx)
	if err != nil || len(again) != 1 || columnAmount(t, again[0], columns, procore.ColumnDirectCosts) != "2450.35" ||
		columnAmount(t, again[0], columns, procore.ColumnJobToDateCosts) != "2450.35" {
		t.Fatalf("after the write: %+v %v", again, err)
	}

	// Tool on: the column adds up the direct costs in Pending, Revise & Resubmit and Approved, and
	// a direct_costs write is refused with the reason.
	on := projectNamed(t, c, "Westfield Parking Structure - Building B")
	if active, found, err := c.DirectCostsToolActive(ctx, on); err != nil || !found || !active {
		t.Fatalf("Westfield B's Direct Costs tool: active %v found %v %v", active, found, err)
	}
	rows, err = c.ListBudgetDetailRows(on, view.ID, procore.BudgetDetailRowsOptions{}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"03-110": "22550.75", "06-100": "6120.00", "07-110": "0.00"} // 07-110's only cost is a draft
	for _, row := range rows {
		code := strings.SplitN(row.CostCode, " - ", 2)[0]
		expected, listed := want[code]
		if !listed {
			expected = "0.00"
		}
		if got := columnAmount(t, row, columns, procore.ColumnDirectCosts); got != expected {
			t.Errorf("%s Direct Costs %s, want %s", row.CostCode, got, expected)
		}
		if got := columnAmount(t, row, columns, procore.ColumnJobToDateCosts); got != expected {
			t.Errorf("%s Job to Date Costs %s, want %s", row.CostCode, got, expected)
		}
	}
	_, err = c.UpdateBudgetLineItem(ctx, on, rows[0].ID, procore.BudgetLineItemFields{DirectCosts: new(procore.Decimal("10"))})
	var apiErr *procore.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 422 || len(apiErr.FieldErrors["direct_costs"]) == 0 ||
		!strings.Contains(apiErr.Message, "Direct Costs tool") {
		t.Fatalf("direct costs with the tool on: %v", err)
	}
}

func TestNewBudgetLineForAnUnbudgetedCostCode(t *testing.T) {
	ctx := context.Background()
	_, c := newBudgetRig(t, nil)
	project := projectNamed(t, c, "Cedar Ridge Warehouse")
	if locked, err := c.BudgetLocked(ctx, project); err != nil || locked {
		t.Fatalf("the warehouse budget is open: %v %v", locked, err)
	}
	view, columns := standardView(t, c, project)
	rows, err := c.ListBudgetDetailRows(project, view.ID, procore.BudgetDetailRowsOptions{}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// A budgeted cost code under another cost type: a pair with no line yet.
	codes, err := c.ListWBSCodes(project).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, otherType, _ := procore.WBSCodesByID(codes)[*rows[0].WBSCodeID].CostCodeAndType()
	for _, row := range rows {
		if row.CategoryID != otherType {
			otherType = row.CategoryID
			break
		}
	}
	created, err := c.CreateBudgetLineItem(ctx, project, procore.BudgetLineItemFields{CostCodeID: new(rows[0].CostCodeID),
		LineItemTypeID: new(otherType), OriginalBudgetAmount: new(procore.Decimal("0"))})
	if err != nil || created.ID == 0 || !sameAmount(created.OriginalBudgetAmount.String(), "0") || created.LineItemType.ID != otherType {
		t.Fatalf("create: %+v %v", created, err)
	}
	updated, err := c.UpdateBudgetLineItem(ctx, project, created.ID, procore.BudgetLineItemFields{DirectCosts: new(procore.Decimal("812.40"))})
	if err != nil || !sameAmount(updated.DirectCosts.String(), "812.4") {
		t.Fatalf("direct costs on the new line: %+v %v", updated, err)
	}
	after, err := c.ListBudgetDetailRows(project, view.ID, procore.BudgetDetailRowsOptions{BudgetLineItemIDs: []int64{created.ID}}).Collect(ctx)
	if err != nil || len(after) != 1 || after[0].CostCodeID != rows[0].CostCodeID || after[0].OriginalBudgetAmount != "0.00" ||
		columnAmount(t, after[0], columns, procore.ColumnJobToDateCosts) != "812.40" {
		t.Fatalf("the new line's row: %+v %v", after, err)
	}
}
