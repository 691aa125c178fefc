package procoresim

import (
	"math"
	"net/http"
	"strconv"
	"testing"
)

// ledgerCompany is a small company: one project with one budget line and one cost code × type.
func ledgerCompany(t *testing.T) (*Company, *Project, *BudgetLineItem) {
	t.Helper()
	c := NewCompany(testCompanyID, "Ledger Co")
	list := int64(1)
	must(t, c.AddStandardCostCodeList(&StandardCostCodeList{ID: list, Name: "Standard"}))
	division, code := int64(11), int64(12)
	must(t, c.AddStandardCostCode(&StandardCostCode{ID: division, ListID: list, Code: "03", FullCode: "03", Name: "Concrete"}))
	must(t, c.AddStandardCostCode(&StandardCostCode{ID: code, ListID: list, ParentID: &division, Code: "110", FullCode: "03-110", Name: "Reinforcing Steel"}))
	must(t, c.AddLineItemType(&LineItemType{ID: 21, Name: "Materials", Code: "M"}))
	project := &Project{ID: 31, Name: "Ledger Job", StandardCostCodeListID: &list, Active: true}
	must(t, c.AddProject(project))
	projectCode := c.projectCodeByFullCode(project, "03-110")
	item := &BudgetLineItem{ID: 41, ProjectID: project.ID, CostCodeID: projectCode.ID, LineItemTypeID: 21, OriginalBudgetAmount: 10_000, CalculationStrategy: "manual"}
	must(t, c.AddBudgetLineItem(item))
	return c, project, item
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestJobToDateComesFromDirectCostsAndApprovedInvoices(t *testing.T) {
	c, project, item := ledgerCompany(t)
	manual := 999.0
	item.DirectCosts = &manual
	vendor := int64(51)
	must(t, c.AddVendor(&Vendor{ID: vendor, Name: "Rebar Supply"}))
	for n, status := range []string{"draft", "pending", "revise_and_resubmit", "approved"} {
		invoice := "INV-" + strconv.Itoa(n)
		amount := Decimal(strconv.Itoa(100 * (n + 1)))
		cost := &DirectCost{ID: int64(60 + n), ProjectID: project.ID, DirectCostType: "invoice", InvoiceNumber: &invoice, Status: status,
			Amount: amount, GrandTotal: amount, VendorID: &vendor}
		must(t, c.AddDirectCost(cost))
		must(t, c.AddDirectCostLine(&DirectCostLineItem{ID: int64(70 + n), ProjectID: project.ID, DirectCostID: cost.ID,
			CostCodeID: item.CostCodeID, LineItemTypeID: 21, Amount: amount, Quantity: "1.0", UnitCost: amount, ExtendedType: "manual"}))
	}
	// A subcontract (standard cost code 12) with one line; an approved invoice on it and a draft one.
	line := &CommitmentLineItem{ID: 81, Amount: "5000.00", CostCodeID: 12, LineItemTypeID: 21}
	must(t, c.AddCommitment(&Commitment{ID: 80, Type: WorkOrderContract, ProjectID: project.ID, VendorID: vendor, Number: "SC-1",
		Status: "Approved", GrandTotal: "5000.00", LineItems: []*CommitmentLineItem{line}}))
	for n, status := range []string{"approved", "draft"} {
		must(t, c.AddRequisition(&Requisition{ID: int64(90 + n), Number: n + 1, ProjectID: project.ID, CommitmentID: 80, Status: status,
			Items: []*RequisitionItem{{ID: int64(95 + n), LineItemID: &line.ID, CostCodeID: 12, ScheduledValue: "5000.00",
				WorkCompletedFromPrevious: "0.0", WorkCompletedThisPeriod: "1200.00", MaterialsPresentlyStored: "300.00"}}}))
	}

	// Tool on: the records in Pending, Revise & Resubmit and Approved (200+300+400), not the draft
	// nor the manual figure; JTD adds the approved invoice's work and stored materials (1,500).
	project.DirectCostsTool = true
	f := c.budgetLedger(project).figures(item)
	if f.directCosts != 900 || f.jobToDate != 2400 || f.committed != 5000 {
		t.Errorf("tool on: direct %v, JTD %v, committed %v", f.directCosts, f.jobToDate, f.committed)
	}
	// Tool off: the manual figure counts too.
	project.DirectCostsTool = false
	if f := c.budgetLedger(project).figures(item); f.directCosts != 1899 || f.jobToDate != 3399 {
		t.Errorf("tool off: direct %v, JTD %v", f.directCosts, f.jobToDate)
	}
}

func TestCommitmentStatusesFeedTheRightColumn(t *testing.T) {
	c, project, item := ledgerCompany(t)
	must(t, c.AddVendor(&Vendor{ID: 51, Name: "Supplier"}))
	want := map[string]string{"Approved": "committed", "Complete": "committed", "Partially Received": "committed",
		"Out For Signature": "pending", "Processing": "pending", "Submitted": "pending", "Received": "pending",
		"Closed": "", "Draft": "", "Void": "", "Terminated": ""}
	n := int64(0)
	for status, column := range want {
		n++
		must(t, c.AddCommitment(&Commitment{ID: 100 + n, Type: PurchaseOrderContract, ProjectID: project.ID, VendorID: 51, Status: status,
			Number: "PO-" + status, LineItems: []*CommitmentLineItem{{ID: 200 + n, Amount: "10.00", CostCodeID: 12, LineItemTypeID: 21}}}))
		f := c.budgetLedger(project).figures(item)
		committed, pending := f.committed, f.pendingCostChanges
		c.commitments.removeWhere(func(x *Commitment) bool { return x.ID == 100+n })
		got := ""
		switch {
		case committed == 10 && pending == 0:
			got = "committed"
		case pending == 10 && committed == 0:
			got = "pending"
		case committed != 0 || pending != 0:
			got = "both"
		}
		if got != column {
			t.Errorf("%s counts as %q, want %q", status, got, column)
		}
	}
}

func TestAdjustmentLinesAndWBSCodesOnTheWire(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	project := h.company.projectNamed("Harbor Point Mixed-Use Apartments")
	base := "/rest/v2.0/companies/" + strconv.FormatInt(h.company.ID, 10) + "/projects/" + strconv.FormatInt(project.ID, 10) +
		"/budget_changes/adjustment_line_items"
	var page struct {
		Data []map[string]any `json:"data"`
	}
	got := h.api("GET", base, token, nil)
	got.json(t, &page)
	if got.status != http.StatusOK || len(page.Data) != 6 || got.header.Get("Total") != "6" || got.header.Get("Per-Page") != "10" {
		t.Fatalf("%d %s", got.status, got.body)
	}
	assertFields(t, "adjustment line", page.Data[0], map[string]string{"id": "string", "adjustment_number": "int",
		"wbs_code_id": "string", "amount": "number|int", "type": "string", "budget_change_id": "string",
		"budget_change_number": "string", "budget_change_status": "string", "budget_change_name": "string", "description": "string"})
	positive, negative := 0, 0
	for _, line := range page.Data {
		switch amount := number(t, line["amount"]); {
		case line["type"] == "change_event" && amount > 0:
			positive++
		case line["type"] == "budget_change" && amount < 0:
			negative++
		default:
			t.Errorf("line type %v with amount %v", line["type"], amount)
		}
	}
	if positive != 3 || negative != 3 {
		t.Errorf("%d to lines, %d from lines", positive, negative)
	}
	if got := h.api("GET", base+"?per_page=500", token, nil); got.header.Get("Per-Page") != "100" {
		t.Errorf("per_page is capped at 100: %q", got.header.Get("Per-Page"))
	}
	if got := h.api("GET", "/rest/v2.0/companies/1/projects/"+strconv.FormatInt(project.ID, 10)+"/budget_changes/adjustment_line_items", token, nil); got.status != http.StatusNotFound {
		t.Errorf("another company: %d", got.status)
	}

	var codes []map[string]any
	got = h.api("GET", "/rest/v1.0/projects/"+strconv.FormatInt(project.ID, 10)+"/work_breakdown_structure/wbs_codes", token, nil)
	got.json(t, &codes)
	if got.status != http.StatusOK || len(codes) != len(demoBudgetLines) {
		t.Fatalf("wbs codes: %d, %d codes", got.status, len(codes))
	}
	assertFields(t, "wbs code", codes[0], map[string]string{"id": "int", "flat_code": "string", "flat_name": "string",
		"description": "string", "status": "string", "segment_items": "array", "wbs_pattern_id": "int"})
	items := codes[0]["segment_items"].([]any)
	costCode, costType := items[0].(map[string]any), items[1].(map[string]any)
	wbs := h.company.wbsCodes.byID[int64(number(t, codes[0]["id"]))]
	if costCode["segment"].(map[string]any)["type"] != "cost_code" || int64(number(t, costCode["id"])) != wbs.CostCodeID ||
		costType["segment"].(map[string]any)["type"] != "line_item_type" || int64(number(t, costType["id"])) != wbs.LineItemTypeID ||
		codes[0]["flat_code"] != costCode["path_code"].(string)+"."+costType["code"].(string) {
		t.Errorf("segment items %v %v for %+v", costCode, costType, wbs)
	}
	var none []map[string]any
	h.api("GET", "/rest/v1.0/projects/"+strconv.FormatInt(project.ID, 10)+"/work_breakdown_structure/wbs_codes?filters[status][]=inactive", token, nil).json(t, &none)
	if len(none) != 0 {
		t.Errorf("%d inactive codes", len(none))
	}
}

func TestDemoBudgetsAreSeeded(t *testing.T) {
	c, err := NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	if !c.BudgetChangesMigrated {
		t.Error("the demo company uses budget changes")
	}
	for _, budget := range demoBudgets {
		project := c.projectNamed(budget.project)
		lines, total := 0, 0.0
		for _, item := range c.budgetLineItems.rows {
			if item.ProjectID == project.ID {
				lines++
				total += item.OriginalBudgetAmount
			}
		}
		if c.budgetLocked[project.ID] != budget.locked || project.DirectCostsTool != budget.directCostsTool || lines != len(demoBudgetLines) ||
			math.Abs(total-1_133_898.45*budget.scale) > 1 {
			t.Errorf("%s: locked %v, tool %v, %d lines, total %.2f", budget.project, c.budgetLocked[project.ID], project.DirectCostsTool, lines, total)
		}
	}
	for _, change := range c.budgetChanges.rows {
		for _, line := range change.Adjustments {
			if (line.Type == "change_event") != (line.Amount > 0) {
				t.Errorf("change %d line %d: %s %v", change.ID, line.ID, line.Type, line.Amount)
			}
		}
	}
}

func TestProjectToolsShowTheDirectCostsTool(t *testing.T) {
	company, err := NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	project := company.projectNamed("Cedar Ridge Data Center")
	must(t, company.SetDirectCostsTool(project.ID, false))
	h := newHarness(t, Options{Companies: []*Company{company}, Users: ReferenceUsers(company)})
	token := h.adminToken()
	base := "/rest/v1.0/projects/" + strconv.FormatInt(project.ID, 10) + "/tools"
	var tools []map[string]any
	got := h.api("GET", base, token, nil)
	got.json(t, &tools)
	if got.status != http.StatusOK || len(tools) != len(projectTools) {
		t.Fatalf("%d %s", got.status, got.body)
	}
	assertFields(t, "tool", tools[0], map[string]string{"id": "int", "engine_name": "string", "title": "string",
		"is_active": "bool", "position": "int", "required": "bool"})
	var inactive []map[string]any
	h.api("GET", base+"?filters[is_active]=false", token, nil).json(t, &inactive)
	if len(inactive) != 1 || inactive[0]["engine_name"] != DirectCostsEngineName {
		t.Errorf("inactive tools: %v", inactive)
	}
	if got := h.api("GET", base+"?filters[is_active]=maybe", token, nil); got.status != http.StatusBadRequest {
		t.Errorf("a bad filter: %d", got.status)
	}
}
