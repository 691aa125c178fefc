package procore_test

import (
	"context"
	"testing"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
)

// TestBudgetSummaryRowsAgainstTheSimulator: the summary rows (§8.2) add up the same detail rows
// the client reads, whatever the grouping.
func TestBudgetSummaryRowsAgainstTheSimulator(t *testing.T) {
	r := newSimRig(t, procoresim.Options{HourlyLimit: -1, SpikeLimit: -1})
	c := r.serviceAccountClient(t, 0)
	ctx := context.Background()
	project := idOf(t, fixtureRows(t, "budget_line_items.json")[0], "project_id")
	views, err := c.ListBudgetViews(project).Collect(ctx)
	if err != nil || len(views) == 0 {
		t.Fatalf("views: %v", err)
	}
	detail, err := c.ListBudgetDetailRows(project, views[0].ID, procore.BudgetDetailRowsOptions{RowType: "all"}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var original []procore.Decimal
	codes := map[int64]bool{}
	for _, row := range detail {
		original = append(original, row.OriginalBudgetAmount)
		codes[row.CostCodeID] = true
	}
	for _, groupBy := range procore.BudgetSummaryGroupings {
		rows, err := c.ListBudgetSummaryRows(project, views[0].ID, groupBy).Collect(ctx)
		if err != nil {
			t.Fatalf("group_by=%s: %v", groupBy, err)
		}
		var summed []procore.Decimal
		for _, row := range rows {
			summed = append(summed, row.OriginalBudgetAmount)
			if row.ID == "" || deref(row.Name) == "" || row.BudgetForecast == nil || len(row.Columns) == 0 {
				t.Errorf("group_by=%s: row %+v", groupBy, row)
			}
		}
		if !sameAmount(sumDecimals(t, summed...).String(), sumDecimals(t, original...).String()) {
			t.Errorf("group_by=%s: original budget %s in %d rows, the detail rows add up to %s", groupBy,
				sumDecimals(t, summed...), len(rows), sumDecimals(t, original...))
		}
		if groupBy == "cost_code" && len(rows) != len(codes) {
			t.Errorf("group_by=cost_code: %d rows for %d cost codes", len(rows), len(codes))
		}
		if groupBy == "project" && len(rows) != 1 {
			t.Errorf("group_by=project: %d rows", len(rows))
		}
	}
	if _, err := c.ListBudgetSummaryRows(project, views[0].ID, "vendor").Collect(ctx); !isStatus(err, 400) {
		t.Errorf("an unknown grouping: %v", err)
	}
}

// TestDirectCostsAndLinesAgainstTheSimulator lists, shows, creates and syncs direct costs
// (§11.1–11.3) and writes their lines every way §11.4 offers.
func TestDirectCostsAndLinesAgainstTheSimulator(t *testing.T) {
	r := newSimRig(t, procoresim.Options{HourlyLimit: -1, SpikeLimit: -1})
	c := r.serviceAccountClient(t, 0)
	ctx := context.Background()
	var locked map[string]any
	for _, row := range fixtureRows(t, "direct_costs.json") {
		if row["origin_id"] != nil {
			locked = row
			break
		}
	}
	project := idOf(t, locked, "project_id")
	listed, err := c.ListDirectCosts(project, procore.ListDirectCostsOptions{OriginID: locked["origin_id"].(string)}).Collect(ctx)
	if err != nil || len(listed) != 1 || listed[0].ID != idOf(t, locked, "id") {
		t.Fatalf("direct costs by origin_id: %+v %v", listed, err)
	}
	vendor := deref(listed[0].VendorID)

	// A line needs the project's cost code and a cost type.
	codes, err := c.ListProjectCostCodes(project, procore.ListProjectCostCodesOptions{}).Collect(ctx)
	if err != nil || len(codes) == 0 {
		t.Fatalf("project cost codes: %v", err)
	}
	types, err := c.ListLineItemTypes(procore.ListLineItemTypesOptions{}).Collect(ctx)
	if err != nil || len(types) == 0 {
		t.Fatalf("cost types: %v", err)
	}
	code, costType := codes[len(codes)-1].ID, types[0].ID

	cost, err := c.CreateDirectCost(ctx, project, procore.DirectCostFields{DirectCostType: new("expense"), VendorID: &vendor,
		Description: new("Fuel")}, nil)
	if err != nil || cost.ID == 0 {
		t.Fatalf("create direct cost: %+v %v", cost, err)
	}
	origin := "QB-BILL-LINE-1"
	r.sim.LoseResponses(1)
	line, err := c.CreateDirectCostLineItem(ctx, project, cost.ID, procore.DirectCostLineFields{CostCodeID: &code,
		LineItemTypeID: &costType, Amount: new(procore.Decimal("80.25")), Description: new("Diesel"), OriginID: &origin})
	if err != nil {
		t.Fatalf("line create after a lost answer: %v", err)
	}
	if line.ID == 0 || line.Amount != "80.25" || line.CostCode == nil || line.CostCode.ID != code || line.WBSCode == nil ||
		line.Holder == nil || line.Holder.ID != cost.ID || line.Holder.HolderType != "DirectCost" {
		t.Fatalf("line %+v", line)
	}
	ofCost, err := c.ListLinesOfDirectCost(project, cost.ID).Collect(ctx)
	if err != nil || len(ofCost) != 1 {
		t.Fatalf("lines of the cost: %d %v — the lost answer made a duplicate", len(ofCost), err)
	}
	line, err = c.UpdateDirectCostLineItem(ctx, project, cost.ID, line.ID, procore.DirectCostLineFields{
		ExtendedType: new("calculated"), Quantity: new(procore.Decimal("3")), UnitCost: new(procore.Decimal("30"))})
	if err != nil || !sameAmount(line.Amount.String(), "90") {
		t.Fatalf("line update: %+v %v", line, err)
	}
	shownLine, err := c.DirectCostLineItem(ctx, project, cost.ID, line.ID)
	if err != nil || shownLine.ID != line.ID {
		t.Fatalf("line show: %v", err)
	}

	// Sync: update by origin_id, create with the WBS code, a create without its cost, a line of
	// an ERP-synced cost.
	res, err := c.SyncDirectCostLineItems(ctx, project, []procore.DirectCostLineSyncItem{
		{DirectCostLineFields: procore.DirectCostLineFields{OriginID: &origin, Description: new("Diesel, 3 tanks")}},
		{DirectCostLineFields: procore.DirectCostLineFields{DirectCostID: &cost.ID, WBSCodeID: &line.WBSCode.ID, Amount: new(procore.Decimal("10"))}},
		{DirectCostLineFields: procore.DirectCostLineFields{CostCodeID: &code, LineItemTypeID: &costType, Amount: new(procore.Decimal("1")),
			OriginID: new("QB-BILL-LINE-2")}},
		{DirectCostLineFields: procore.DirectCostLineFields{DirectCostID: new(idOf(t, locked, "id")), CostCodeID: &code, LineItemTypeID: &costType,
			OriginID: new("QB-BILL-LINE-3")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) != 2 || deref(res.Entities[0].Description) != "Diesel, 3 tanks" || res.Entities[1].WBSCode.ID != line.WBSCode.ID {
		t.Fatalf("sync entities %+v", res.Entities)
	}
	if len(res.Errors) != 2 || res.Errors[0].Index != 2 || res.Errors[0].FieldErrors["direct_cost_id"] == nil ||
		res.Errors[1].Index != 3 || res.Errors[1].FieldErrors["base"] == nil {
		t.Fatalf("sync errors %+v", res.Errors)
	}
	all, err := c.ListDirectCostLineItems(project, procore.ListDirectCostLinesOptions{DirectCostID: cost.ID}).Collect(ctx)
	if err != nil || len(all) != 2 {
		t.Fatalf("project-wide lines of the cost: %d %v", len(all), err)
	}
	shown, err := c.DirectCost(ctx, project, cost.ID)
	if err != nil || len(shown.LineItems) != 2 || deref(shown.LineItemsCount) != 2 || !sameAmount(shown.GrandTotal.String(), "100") ||
		shown.Vendor == nil || shown.Vendor.ID != vendor {
		t.Fatalf("show: %+v %v", shown, err)
	}
	if err := c.DeleteDirectCostLineItem(ctx, project, cost.ID, res.Entities[1].ID); err != nil {
		t.Fatalf("delete a line: %v", err)
	}

	// An ERP-synced direct cost takes no new lines.
	if _, err := c.CreateDirectCostLineItem(ctx, project, idOf(t, locked, "id"), procore.DirectCostLineFields{CostCodeID: &code,
		LineItemTypeID: &costType, Amount: new(procore.Decimal("5"))}); !isStatus(err, 422) {
		t.Fatalf("a line on a synced direct cost: %v", err)
	}

	// Direct cost sync: update the open cost, refuse the synced one.
	syncRes, err := c.SyncDirectCosts(ctx, project, []procore.DirectCostSyncItem{
		{ID: cost.ID, DirectCostFields: procore.DirectCostFields{Terms: new("Net 10")}},
		{ID: idOf(t, locked, "id"), DirectCostFields: procore.DirectCostFields{Terms: new("Net 10")}},
	})
	if err != nil || len(syncRes.Entities) != 1 || deref(syncRes.Entities[0].Terms) != "Net 10" || len(syncRes.Errors) != 1 ||
		syncRes.Errors[0].Index != 1 {
		t.Fatalf("direct cost sync: %+v %v", syncRes, err)
	}
}

// TestContractPaymentsAgainstTheSimulator lists, shows, creates and updates commitment
// payments (§10.2); a payment synced with the ERP refuses edits.
func TestContractPaymentsAgainstTheSimulator(t *testing.T) {
	r := newSimRig(t, procoresim.Options{HourlyLimit: -1, SpikeLimit: -1})
	c := r.serviceAccountClient(t, 0)
	ctx := context.Background()
	fixture := fixtureRows(t, "contract_payments.json")[0]
	project, contract := idOf(t, fixture, "project_id"), idOf(t, fixture, "contract_id")
	payments, err := c.ListContractPayments(project, contract).Collect(ctx)
	if err != nil || len(payments) == 0 {
		t.Fatalf("payments: %v", err)
	}
	synced, err := c.ContractPayment(ctx, project, contract, idOf(t, fixture, "id"))
	if err != nil || synced.Amount.String() != fixture["amount"] || synced.ContractID != contract {
		t.Fatalf("show: %+v %v", synced, err)
	}
	created, err := c.CreateContractPayment(ctx, project, contract, procore.ContractPaymentFields{Date: new("2026-03-01"),
		Amount: new(procore.Decimal("1250.00")), CheckNumber: new("10042"), PaymentNumber: new(int64(9))})
	if err != nil || created.ID == 0 || !sameAmount(created.Amount.String(), "1250") || deref(created.PaymentNumber) != 9 {
		t.Fatalf("create: %+v %v", created, err)
	}
	updated, err := c.UpdateContractPayment(ctx, project, contract, created.ID, procore.ContractPaymentFields{Notes: new("Cleared"),
		OriginID: new("QB-CHECK-10042")})
	if err != nil || deref(updated.Notes) != "Cleared" || deref(updated.OriginID) != "QB-CHECK-10042" {
		t.Fatalf("update: %+v %v", updated, err)
	}
	if _, err := c.UpdateContractPayment(ctx, project, contract, created.ID, procore.ContractPaymentFields{Notes: new("Again")}); !isStatus(err, 422) {
		t.Fatalf("editing a payment synced with the ERP: %v", err)
	}
	after, err := c.ListContractPayments(project, contract).Collect(ctx)
	if err != nil || len(after) != len(payments)+1 {
		t.Fatalf("payments after the create: %d, before %d (%v)", len(after), len(payments), err)
	}
}
