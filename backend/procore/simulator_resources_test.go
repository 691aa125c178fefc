package procore_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"testing"

	"joblink/backend/procore"
	"joblink/backend/procoresim"
	procorefixtures "joblink/testdata/procore"
)

// fixtureRows reads one of the reference company's fixture files as generic objects.
func fixtureRows(t *testing.T, name string) []map[string]any {
	t.Helper()
	b, err := procorefixtures.Files.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&rows); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return rows
}

func idOf(t *testing.T, row map[string]any, key string) int64 {
	t.Helper()
	n, ok := row[key].(json.Number)
	if !ok {
		t.Fatalf("%s is %T, not a number", key, row[key])
	}
	id, err := n.Int64()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// sameAmount compares two decimal texts by value ("1200.5" equals "1200.50").
func sameAmount(a, b string) bool {
	x, okX := new(big.Rat).SetString(a)
	y, okY := new(big.Rat).SetString(b)
	return okX && okY && x.Cmp(y) == 0
}

// TestJobCostResourcesAgainstTheSimulator reads budgets, commitments, change orders and
// subcontractor invoices of the reference company through the client: the two independent
// implementations must agree on paths, envelopes and field names.
func TestJobCostResourcesAgainstTheSimulator(t *testing.T) {
	r := newSimRig(t, procoresim.Options{HourlyLimit: -1, SpikeLimit: -1})
	c := r.serviceAccountClient(t, 0)
	ctx := context.Background()

	// Budget: the project of the first budget line has a budget view whose detail rows carry
	// that line's original amount.
	line := fixtureRows(t, "budget_line_items.json")[0]
	project := idOf(t, line, "project_id")
	views, err := c.ListBudgetViews(project).Collect(ctx)
	if err != nil || len(views) == 0 {
		t.Fatalf("budget views of project %d: %v %v", project, views, err)
	}
	rows, err := c.ListBudgetDetailRows(project, views[0].ID, procore.BudgetDetailRowsOptions{}).Collect(ctx)
	if err != nil || len(rows) == 0 {
		t.Fatalf("detail rows: %d %v", len(rows), err)
	}
	lineID := idOf(t, line, "id")
	found := false
	for _, row := range rows {
		if row.ID == lineID {
			found = true
			if !sameAmount(row.OriginalBudgetAmount.String(), line["original_budget_amount"].(json.Number).String()) {
				t.Errorf("detail row %d: original budget %s, the fixture says %s", lineID,
					row.OriginalBudgetAmount.String(), line["original_budget_amount"])
			}
		}
	}
	if !found {
		t.Errorf("budget line %d is not among the %d detail rows", lineID, len(rows))
	}
	if _, err := c.BudgetLocked(ctx, project); err != nil {
		t.Errorf("budget lock state: %v", err)
	}

	// Commitments: the first work order contract of the fixtures, listed and shown with its lines.
	var wo map[string]any
	for _, row := range fixtureRows(t, "commitments.json") {
		if row["type"] == procoresim.WorkOrderContract {
			wo = row
			break
		}
	}
	if wo == nil {
		t.Fatal("no work order contract in the fixtures")
	}
	woProject, woID := idOf(t, wo, "project_id"), idOf(t, wo, "id")
	listed, err := c.ListWorkOrderContracts(woProject, procore.ListContractsOptions{}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	inList := false
	for _, w := range listed {
		inList = inList || w.ID == woID
	}
	if !inList {
		t.Errorf("work order contract %d not listed for project %d", woID, woProject)
	}
	shown, err := c.WorkOrderContract(ctx, woProject, woID)
	if err != nil || shown.ID != woID || shown.Status != wo["status"] {
		t.Fatalf("show contract %d: %+v %v", woID, shown.ContractCommon, err)
	}

	// Change orders: the first change order's contract lists it.
	co := fixtureRows(t, "commitment_change_orders.json")[0]
	coContract := idOf(t, co, "contract_id")
	var coProject int64
	for _, row := range fixtureRows(t, "commitments.json") {
		if idOf(t, row, "id") == coContract {
			coProject = idOf(t, row, "project_id")
		}
	}
	orders, err := c.ListCommitmentChangeOrders(coProject, procore.ListCommitmentChangeOrdersOptions{ContractID: coContract}).Collect(ctx)
	if err != nil || len(orders) == 0 {
		t.Fatalf("change orders of contract %d: %d %v", coContract, len(orders), err)
	}
	for _, o := range orders {
		if o.ContractID != coContract {
			t.Errorf("change order %d belongs to contract %d, asked for %d", o.ID, o.ContractID, coContract)
		}
	}
	lines, err := c.CommitmentChangeOrderLineItems(coProject, idOf(t, co, "id")).Collect(ctx)
	if err != nil {
		t.Fatalf("change order line items (v2.0): %v", err)
	}
	if want := len(co["line_items"].([]any)); len(lines) != want {
		t.Errorf("change order %v: %d line items through v2.0, the fixture has %d", co["id"], len(lines), want)
	}

	// Subcontractor invoices: the first requisition, by its project and commitment.
	req := fixtureRows(t, "requisitions.json")[0]
	reqProject, reqID := idOf(t, req, "project_id"), idOf(t, req, "id")
	invoices, err := c.ListRequisitions(reqProject, procore.ListRequisitionsOptions{CommitmentID: idOf(t, req, "commitment_id")}).Collect(ctx)
	if err != nil || len(invoices) == 0 {
		t.Fatalf("requisitions: %d %v", len(invoices), err)
	}
	one, err := c.Requisition(ctx, reqProject, reqID, "")
	if err != nil || one.ID != reqID || one.CommitmentID != idOf(t, req, "commitment_id") {
		t.Fatalf("requisition %d: %+v %v", reqID, one, err)
	}
}
