package procore

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"testing"
)

func TestListBudgetViews(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodGet, "/rest/v1.0/budget_views", url.Values{"project_id": {"4294967397"}})
		writePage(w, 1, `[{"id":5000000600,"name":"Procore Standard Budget","description":null,"role":"default",
			"created_at":"2023-01-05T10:00:00Z","updated_at":"2023-02-05T10:00:00Z",
			"created_by":{"id":5000000700,"name":"Ann Books","login":"ann@example.com"},
			"links":{"detail_rows":"https://api.procore.com/rest/v1.0/budget_views/5000000600/detail_rows","summary_rows":null}}]`)
	})
	views, err := c.ListBudgetViews(bigProject).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	v := views[0]
	if len(views) != 1 || v.ID != 5000000600 || v.Description != nil || *v.Role != "default" || v.CreatedBy.ID != 5000000700 ||
		*v.CreatedBy.Login != "ann@example.com" || v.Links.SummaryRows != nil || v.CreatedAt.Month() != 1 {
		t.Fatalf("%+v", v)
	}
}

func TestListBudgetDetailRowsReadsTheRealShape(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodGet, "/rest/v1.0/budget_views/5000000600/detail_rows", url.Values{
			"project_id": {"4294967397"}, "cost_code_id[]": {"5000000200", "5000000201"}, "category_id[]": {"5000000123"},
			"budget_row_type": {"all"}})
		// The first row follows PDOCS list-budget-view-detail-rows.png, a real response.
		writePage(w, 2, `[
			{"budget_forecast":{"id":5000000901,"manual_amount":"0.0","automatic_amount":"32066.64","amount":"32066.64",
			   "automatically_calculated":true,"calculation_strategy":"automatic","notes":null},
			 "id":5000000800,"budget_row_id":"5000000800","biller_id":4294967397,"root_cost_code_id":5000000199,
			 "cost_code_level_1_id":5000000199,"cost_code_level_2_id":5000000200,"cost_code_level_3_id":0,"cost_code_level_4_id":0,
			 "cost_code_level_5_id":0,"cost_code_level_1":"01 - General Requirements","cost_code_level_2":"01-010 - Project Manager",
			 "cost_code_level_3":"None","cost_code_level_4":"None","cost_code_level_5":"None","cost_code_id":5000000200,
			 "category_id":5000000123,"biller":"Main St","biller_type":"Project","root_cost_code":"01 - General Requirements",
			 "cost_code":"01-010 - Project Manager","category":"Labor","cost_code_origin_id":null,"project_id":4294967397,
			 "project":"Main St","company_id":5000000001,"company":"Acme Builders","budget_modifications":"0.00",
			 "original_budget_amount":"45000.00","Approved COs":"0.00","Committed Costs":"0.00","Direct Costs":"12933.36",
			 "Pending Budget Changes":"0.00","Pending Cost Changes":"0.00","Estimated Cost at Completion":"12933.36",
			 "Job to Date Costs":"12933.36","Projected Budget":"45000.00","Projected Costs":"12933.36",
			 "Projected over Under":"32066.64","Revised Budget":"45000.00","wbs_code_id":5000000900,"custom_formula_17":null},
			{"id":null,"budget_row_id":"5000000201-5000000124","deletable":false,"company_id":5000000001,"project_id":4294967397,
			 "wbs_code_id":null,"root_cost_code_id":null,"root_cost_code":null,"cost_code_id":5000000201,"cost_code":"03-100 - Concrete",
			 "category_id":5000000124,"category":"Materials","original_budget_amount":"0.00","budget_modifications":"0.00",
			 "budget_forecast":null,"currency_configuration":null,"unbudgeted_reason":"Direct Cost","Job to Date Costs":"75.00"}]`)
	})
	rows, err := c.ListBudgetDetailRows(bigProject, 5000000600, BudgetDetailRowsOptions{
		CostCodeIDs: []int64{5000000200, 5000000201}, CategoryIDs: []int64{5000000123}, RowType: "all"}).Collect(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	r0, r1 := rows[0], rows[1]
	if r0.ID != 5000000800 || r0.BudgetRowID != "5000000800" || r0.CompanyID != testCompany || *r0.Company != "Acme Builders" ||
		*r0.WBSCodeID != 5000000900 || r0.CostCodeID != 5000000200 || r0.CostCode != "01-010 - Project Manager" ||
		r0.RootCostCode != "01 - General Requirements" || r0.CategoryID != 5000000123 || r0.Category != "Labor" ||
		r0.OriginalBudgetAmount != "45000.00" || r0.BudgetModifications != "0.00" || r0.BudgetForecast.Amount != "32066.64" ||
		r0.CostCodeOriginID != nil || r0.UnbudgetedReason != nil {
		t.Fatalf("%+v", r0)
	}
	if len(r0.CostCodeLevels) != 2 || r0.CostCodeLevels[0] != (CostCodeLevel{5000000199, "01 - General Requirements"}) ||
		r0.CostCodeLevels[1] != (CostCodeLevel{5000000200, "01-010 - Project Manager"}) {
		t.Fatalf("levels %+v", r0.CostCodeLevels)
	}
	if len(r0.Columns) != 12 {
		t.Fatalf("columns %v", r0.Columns)
	}
	for col, want := range map[string]Decimal{ColumnJobToDateCosts: "12933.36", ColumnDirectCosts: "12933.36", ColumnApprovedCOs: "0.00",
		"Projected over Under": "32066.64", "custom_formula_17": ""} {
		if got, ok, err := r0.Amount(col); !ok || err != nil || got != want {
			t.Errorf("%s: %q %v %v", col, got, ok, err)
		}
	}
	// Fixed keys never fall into the view columns, even those that look like amounts or ids.
	for _, fixed := range []string{"cost_code", "budget_row_id", "cost_code_level_1", "cost_code_level_2_id", "original_budget_amount"} {
		if _, ok, _ := r0.Amount(fixed); ok {
			t.Errorf("fixed field %s was taken for a view column", fixed)
		}
	}
	if _, ok, _ := r0.Amount("job_to_date_costs"); ok {
		t.Error("a column id is not a row key")
	}
	jtd := BudgetDetailColumn{ID: "job_to_date_costs", Name: "Job to Date Costs"}
	if got, ok, err := r0.ColumnAmount(jtd); !ok || err != nil || got != "12933.36" {
		t.Errorf("column by name: %q %v %v", got, ok, err)
	}
	if got, ok, _ := r0.ColumnAmount(BudgetDetailColumn{ID: "custom_formula_17", Name: "Margin"}); !ok || got.IsSet() {
		t.Errorf("column by id: %q %v", got, ok)
	}
	if r1.ID != 0 || r1.WBSCodeID != nil || r1.BudgetForecast != nil || *r1.UnbudgetedReason != "Direct Cost" || len(r1.CostCodeLevels) != 0 ||
		r1.RootCostCode != "" {
		t.Fatalf("%+v", r1)
	}
	if got, _, _ := r1.Amount(ColumnJobToDateCosts); got != "75.00" {
		t.Fatalf("unbudgeted row cost %q", got)
	}
}

func TestBudgetDetailColumns(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodGet, "/rest/v1.0/budget_views/5000000600/budget_detail_columns", url.Values{"project_id": {"4294967397"}})
		writeJSON(w, 200, `[{"id":"job_to_date_costs","name":"Job to Date Costs","position":4,"type":"source","aggregatable":true,"filterable":false,"groupable":false},
			{"id":"11","name":"Direct Costs","position":5,"type":"source"}]`)
	})
	cols, err := c.BudgetDetailColumns(context.Background(), bigProject, 5000000600)
	if err != nil || len(cols) != 2 || cols[0].ID != "job_to_date_costs" || *cols[0].Position != 4 || !*cols[0].Aggregatable {
		t.Fatalf("%+v %v", cols, err)
	}
	if col, ok := FindBudgetColumn(cols, " job to date costs"); !ok || col.ID != "job_to_date_costs" {
		t.Errorf("by name: %+v %v", col, ok)
	}
	if col, ok := FindBudgetColumn(cols, "11"); !ok || col.Name != "Direct Costs" {
		t.Errorf("by id: %+v %v", col, ok)
	}
	if _, ok := FindBudgetColumn(cols, "Committed Costs"); ok {
		t.Error("found a column the view does not have")
	}
}

// budgetLineItemJSON mixes the real show's strings (PDOCS show-budget-line-item.png) with the
// numbers the OpenAPI declares.
const budgetLineItemJSON = `{"id":5000000800,"original_budget_amount":"10000.0","uom":"ls","quantity":1.0,"unit_cost":10000.0,
	"calculation_strategy":"manual","budget_modifications":"-20.0","approved_budget_changes":"0.0","revised_budget":"9980.0","pending_budget_changes":1200.1,
	"projected_budget":11200.1,"committed_costs":8000,"direct_costs":"2450.35","pending_cost_changes":0,"projected_costs":10450.35,
	"budget_forecast":0,"estimated_cost_at_completion":10450.35,"projected_over_under":749.75,
	"cost_code":{"id":5000000200,"name":"Site Work","code":"100","full_code":"02-100"},
	"division":{"id":5000000199,"name":"Sitework","full_code":"02"},
	"line_item_type":{"id":5000000123,"name":"Labor"},"currency_configuration":{"currency_iso_code":"USD"}}`

func TestBudgetLineItemShowCreateUpdate(t *testing.T) {
	var got []string
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet:
			checkCall(t, r, http.MethodGet, "/rest/v1.0/budget_line_items/5000000800", url.Values{"project_id": {"4294967397"}})
			writeJSON(w, 200, budgetLineItemJSON)
		case http.MethodPost:
			checkCall(t, r, http.MethodPost, "/rest/v1.0/budget_line_items", nil)
			got = append(got, rawBody(t, r))
			writeJSON(w, 201, budgetLineItemJSON)
		case http.MethodPatch:
			checkCall(t, r, http.MethodPatch, "/rest/v1.0/budget_line_items/5000000800", nil)
			got = append(got, rawBody(t, r))
			writeJSON(w, 200, budgetLineItemJSON)
		}
	})
	ctx := context.Background()
	b, err := c.BudgetLineItem(ctx, bigProject, 5000000800)
	if err != nil {
		t.Fatal(err)
	}
	if b.ID != 5000000800 || b.OriginalBudgetAmount != "10000.0" || b.BudgetModifications != "-20.0" || b.RevisedBudget != "9980.0" || b.DirectCosts != "2450.35" || b.ProjectedOverUnder != "749.75" ||
		b.Quantity != "1.0" || *b.CalculationStrategy != "manual" || *b.CostCode.FullCode != "02-100" || b.Division.Code != nil ||
		b.LineItemType.ID != 5000000123 || *b.CurrencyConfiguration.CurrencyISOCode != "USD" {
		t.Fatalf("%+v", b)
	}
	if _, err := c.CreateBudgetLineItem(ctx, bigProject, BudgetLineItemFields{CostCodeID: new(int64(5000000200)),
		LineItemTypeID: new(int64(5000000123)), OriginalBudgetAmount: new(Decimal("10000.00"))}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.UpdateBudgetLineItem(ctx, bigProject, 5000000800, BudgetLineItemFields{DirectCosts: new(Decimal("2450.35"))}); err != nil {
		t.Fatal(err)
	}
	sameJSON(t, got[0], `{"project_id":4294967397,"budget_line_item":{"cost_code_id":5000000200,"line_item_type_id":5000000123,"original_budget_amount":10000.00}}`)
	if got[1] != `{"budget_line_item":{"direct_costs":2450.35},"project_id":4294967397}` {
		t.Fatalf("update body %s", got[1]) // the amount goes out as the exact number text
	}
}

func TestSyncBudgetLineItemsUsesItsOwnEnvelope(t *testing.T) {
	calls := 0
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		calls++
		checkCall(t, r, http.MethodPost, "/rest/v1.0/budget_line_items/sync", nil)
		sameJSON(t, rawBody(t, r), `{"project_id":4294967397,"budget_line_items":[
			{"wbs_code_id":5000000900,"original_budget_amount":1500.25,"calculation_strategy":"manual"},
			{"id":5000000800,"wbs_code_id":5000000901,"quantity":2,"unit_cost":12.5,"uom":"ea"}]}`)
		writeJSON(w, 200, `[
			{"id":5000000802,"original_budget_amount":1500.25,"uom":null,"quantity":null,"unit_cost":null,"calculation_strategy":"manual",
			 "wbs_code":{"id":5000000900,"flat_code":"02-100.L","description":"Site Work.Labor"},"currency_configuration":{"currency_iso_code":"USD"}},
			{"id":5000000800,"original_budget_amount":"25.0","uom":"ea","quantity":"2.0","unit_cost":"12.5","calculation_strategy":"automatic",
			 "wbs_code":{"id":5000000901,"flat_code":"02-100.M","description":null},"currency_configuration":null}]`)
	})
	lines, err := c.SyncBudgetLineItems(context.Background(), bigProject, []BudgetLineItemSyncItem{
		{WBSCodeID: 5000000900, OriginalBudgetAmount: new(Decimal("1500.25")), CalculationStrategy: new("manual")},
		{ID: 5000000800, WBSCodeID: 5000000901, Quantity: new(Decimal("2")), UnitCost: new(Decimal("12.5")), UOM: new("ea")},
	})
	if err != nil || calls != 1 {
		t.Fatalf("calls %d err %v", calls, err)
	}
	if len(lines) != 2 || lines[0].ID != 5000000802 || lines[0].OriginalBudgetAmount != "1500.25" || lines[0].Quantity.IsSet() ||
		lines[0].WBSCode.FlatCode != "02-100.L" || lines[1].UnitCost != "12.5" || lines[1].WBSCode.Description != "" {
		t.Fatalf("%+v", lines)
	}
}

func TestSyncBudgetLineItemsRefusalFailsTheBatch(t *testing.T) {
	calls := 0
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		calls++
		writeJSON(w, 422, `{"message":"Unprocessable Currency","error":"Currency mismatch with the project"}`)
	})
	_, err := c.SyncBudgetLineItems(context.Background(), bigProject, []BudgetLineItemSyncItem{{WBSCodeID: 1}})
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 422 || calls != 1 {
		t.Fatalf("calls %d err %v", calls, err)
	}
}

func TestBudgetLock(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet:
			checkCall(t, r, http.MethodGet, "/rest/v1.0/projects/4294967397/budget", nil)
			writeJSON(w, 200, `{"locked":false}`)
		case http.MethodPost:
			checkCall(t, r, http.MethodPost, "/rest/v1.0/projects/4294967397/budget/lock", nil)
			writeJSON(w, 201, `{"locked":true}`)
		case http.MethodDelete:
			checkCall(t, r, http.MethodDelete, "/rest/v1.0/projects/4294967397/budget/lock",
				url.Values{"destroy_all_budget_line_item_transfers": {"false"}})
			writeJSON(w, 200, `{"locked":false}`)
		}
	})
	ctx := context.Background()
	if locked, err := c.BudgetLocked(ctx, bigProject); err != nil || locked {
		t.Fatalf("%v %v", locked, err)
	}
	if locked, err := c.LockBudget(ctx, bigProject); err != nil || !locked {
		t.Fatalf("%v %v", locked, err)
	}
	if locked, err := c.UnlockBudget(ctx, bigProject, false); err != nil || locked {
		t.Fatalf("%v %v", locked, err)
	}
}

func TestBudgetModifications(t *testing.T) {
	migrated := false
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			checkCall(t, r, http.MethodGet, "/rest/v1.0/projects/4294967397/budget_modifications", nil)
			writePage(w, 1, `[{"id":5000001000,"from_budget_line_item_id":null,"to_budget_line_item_id":5000000800,"transfer_amount":"4500.0",
				"notes":null,"origin_id":"QB-BM-1","origin_data":null,"created_at":"2016-07-25T11:24:26Z","updated_at":"2016-07-25T11:24:26Z"}]`)
			return
		}
		checkCall(t, r, http.MethodPost, "/rest/v1.0/projects/4294967397/budget_modifications", nil)
		if migrated {
			w.Header().Set("Allow", "GET")
			writeJSON(w, 405, `{}`)
			return
		}
		sameJSON(t, rawBody(t, r), `{"budget_modification":{"to_budget_line_item_id":5000000800,"transfer_amount":"4500.0",
			"from_budget_line_item_id":5000000801,"origin_id":"QB-BM-2"}}`)
		writeJSON(w, 201, `{"id":5000001001,"from_budget_line_item_id":5000000801,"to_budget_line_item_id":5000000800,"transfer_amount":"4500.0","notes":null,"origin_id":"QB-BM-2","origin_data":null}`)
	})
	ctx := context.Background()
	mods, err := c.ListBudgetModifications(bigProject).Collect(ctx)
	if err != nil || len(mods) != 1 || mods[0].FromBudgetLineItemID != nil || mods[0].TransferAmount != "4500.0" || *mods[0].OriginID != "QB-BM-1" {
		t.Fatalf("%+v %v", mods, err)
	}
	f := BudgetModificationFields{ToBudgetLineItemID: 5000000800, TransferAmount: "4500.0", FromBudgetLineItemID: new(int64(5000000801)), OriginID: new("QB-BM-2")}
	m, err := c.CreateBudgetModification(ctx, bigProject, f)
	if err != nil || m.ID != 5000001001 || *m.FromBudgetLineItemID != 5000000801 {
		t.Fatalf("%+v %v", m, err)
	}
	migrated = true
	_, err = c.CreateBudgetModification(ctx, bigProject, f)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 405 || apiErr.Message != "only GET is allowed" {
		t.Fatalf("%v", err)
	}
	if _, err := c.CreateBudgetModification(ctx, bigProject, BudgetModificationFields{ToBudgetLineItemID: 1, TransferAmount: "4,500"}); err == nil {
		t.Fatal("sent an amount that is not a number")
	}
}

func TestBudgetChangesWithAdjustments(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodGet && r.URL.Path == "/rest/v1.0/projects/4294967397/budget_changes":
			checkCall(t, r, http.MethodGet, r.URL.Path, url.Values{"exclude_custom_fields": {"true"}})
			writeJSON(w, 200, `{"data":[{"id":5000001100,"number":3,"status":"approved","title":"Owner add","description":"<p>Extra paving</p>",
				"erp_status":"exportging","prime_contract_id":null,"amount":1500.5,"change_event_line_item_ids":[5000001200,5000001201],
				"currency_configuration":{"currency_iso_code":"USD"}}]}`)
		case r.Method == http.MethodGet:
			checkCall(t, r, http.MethodGet, "/rest/v1.0/projects/4294967397/budget_changes/5000001100", nil)
			writeJSON(w, 200, `{"data":{"id":5000001100,"number":3,"status":"approved","title":"Owner add","description":null,
				"erp_status":"synced","amount":1500.5,"prime_contract":{"id":5000001300,"number":"PC-1","title":"Prime"},
				"attachments":[{"prostore_file_id":5000001400,"name":"quote.pdf","url":"https://example.com/q"}],
				"adjustment_line_items":[
				  {"id":5000001500,"ref":"A","adjustment_number":1,"wbs_code":{"id":5000000900,"flat_code":"02-100.L","description":"Site Work.Labor"},
				   "description":"Paving","comment":null,"calculation_strategy":"manual","quantity":null,"type":"budget_change","uom":null,
				   "unit_cost":null,"amount":2000,"change_event_line_item_id":null,"change_event_line_item":null,"currency_configuration":{"currency_iso_code":"USD"}},
				  {"id":5000001501,"ref":"B","adjustment_number":2,"wbs_code":{"id":5000000901,"flat_code":"02-100.M","description":null},
				   "description":"Less gravel","comment":"moved","calculation_strategy":"automatic","quantity":5,"type":"change_event","uom":"ton",
				   "unit_cost":-99.9,"amount":-499.5,"change_event_line_item_id":5000001200,"change_event_line_item":{"id":5000001200,"event_id":5000001250},
				   "currency_configuration":null}],
				"production_quantities":[],"currency_configuration":{"currency_iso_code":"USD"}}}`)
		case r.Method == http.MethodPost:
			checkCall(t, r, http.MethodPost, "/rest/v1.0/projects/4294967397/budget_changes", nil)
			sameJSON(t, rawBody(t, r), `{"status":"draft","title":"QB transfer","adjustment_line_items":[
				{"wbs_code_id":5000000900,"amount":-100.25,"description":"from labor"},{"wbs_code_id":5000000901,"amount":100.25}]}`)
			writeJSON(w, 201, `{"data":{"id":5000001101,"number":4,"status":"draft","title":"QB transfer","erp_status":"not_in_erp","amount":0,
				"adjustment_line_items":[{"id":5000001502,"amount":-100.25},{"id":5000001503,"amount":100.25}]}}`)
		default:
			t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
		}
	})
	ctx := context.Background()
	list, err := c.ListBudgetChanges(ctx, bigProject, ListBudgetChangesOptions{ExcludeCustomFields: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].ID != 5000001100 || *list[0].Number != 3 || *list[0].ERPStatus != "exportging" || list[0].PrimeContractID != nil ||
		list[0].Amount != "1500.5" || list[0].ChangeEventLineItemIDs[1] != 5000001201 {
		t.Fatalf("%+v", list)
	}
	d, err := c.BudgetChange(ctx, bigProject, 5000001100)
	if err != nil {
		t.Fatal(err)
	}
	a0, a1 := d.AdjustmentLineItems[0], d.AdjustmentLineItems[1]
	if d.Description != nil || *d.PrimeContract.Number != "PC-1" || d.Attachments[0].ProstoreFileID != 5000001400 || len(d.AdjustmentLineItems) != 2 ||
		a0.WBSCode.ID != 5000000900 || a0.Amount != "2000" || a0.Quantity.IsSet() || a0.ChangeEventLineItem != nil || *a0.Type != "budget_change" ||
		a1.UnitCost != "-99.9" || a1.Amount != "-499.5" || *a1.ChangeEventLineItemID != 5000001200 || *a1.ChangeEventLineItem.EventID != 5000001250 {
		t.Fatalf("%+v", d)
	}
	created, err := c.CreateBudgetChange(ctx, bigProject, BudgetChangeFields{Status: "draft", Title: new("QB transfer"),
		AdjustmentLineItems: []BudgetAdjustmentFields{
			{WBSCodeID: new(int64(5000000900)), Amount: new(Decimal("-100.25")), Description: new("from labor")},
			{WBSCodeID: new(int64(5000000901)), Amount: new(Decimal("100.25"))}}})
	if err != nil || created.ID != 5000001101 || created.AdjustmentLineItems[1].Amount != "100.25" {
		t.Fatalf("%+v %v", created, err)
	}
}
