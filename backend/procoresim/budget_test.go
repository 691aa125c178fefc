package procoresim

import (
	"encoding/json"
	"math"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// budgetProjects returns a locked and an unlocked reference project that have budgets.
func budgetProjects(t *testing.T, h *harness) (locked, unlocked *Project) {
	t.Helper()
	for _, item := range h.company.budgetLineItems.rows {
		project := h.company.projects.byID[item.ProjectID]
		if h.company.budgetLocked[project.ID] && locked == nil {
			locked = project
		}
		if !h.company.budgetLocked[project.ID] && unlocked == nil {
			unlocked = project
		}
	}
	if locked == nil || unlocked == nil {
		t.Fatal("the reference company needs locked and unlocked budgets")
	}
	return locked, unlocked
}

func number(t *testing.T, value any) float64 {
	t.Helper()
	var text string
	switch v := value.(type) {
	case string:
		text = v
	case json.Number:
		text = v.String()
	default:
		t.Fatalf("%v (%T) is not a number", value, value)
	}
	parsed, err := strconv.ParseFloat(text, 64)
	if err != nil {
		t.Fatal(err)
	}
	return parsed
}

func id(value any) string { return value.(json.Number).String() }

func TestBudgetViewsAndDetailRows(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	locked, _ := budgetProjects(t, h)
	project := strconv.FormatInt(locked.ID, 10)
	var views []map[string]any
	got := h.api("GET", "/rest/v1.0/budget_views?project_id="+project, token, nil)
	got.json(t, &views)
	if got.status != http.StatusOK || len(views) != 2 || got.header.Get("Total") != "2" {
		t.Fatalf("views: %d %s", got.status, truncate(got.body))
	}
	assertFields(t, "budget view", views[0], map[string]string{"id": "int", "name": "string", "description": "string|null",
		"role": "string", "created_at": "string", "updated_at": "string", "created_by": "object", "links": "object"})
	link := views[0]["links"].(map[string]any)["detail_rows"].(string)
	if !strings.HasPrefix(link, h.http.URL+"/rest/v1.0/budget_views/") || !strings.HasSuffix(link, "project_id="+project) {
		t.Errorf("detail_rows link %q", link)
	}
	if got := h.api("GET", "/rest/v1.0/budget_views", token, nil); got.status != http.StatusBadRequest {
		t.Errorf("views without project_id: %d", got.status)
	}

	lines, modified := 0, false
	for _, item := range h.company.budgetLineItems.rows {
		if item.ProjectID == locked.ID {
			lines++
		}
	}
	standard := "/rest/v1.0/budget_views/" + id(views[0]["id"])
	var rows []map[string]any
	got = h.api("GET", standard+"/detail_rows?project_id="+project, token, nil)
	got.json(t, &rows)
	if got.status != http.StatusOK || len(rows) != lines || got.header.Get("Total") != strconv.Itoa(lines) {
		t.Fatalf("detail rows: %d, %d rows, want %d", got.status, len(rows), lines)
	}
	assertFields(t, "detail row", rows[0], map[string]string{"id": "int", "deletable": "bool", "company_id": "int", "project_id": "int",
		"wbs_code_id": "int", "biller_id": "int", "biller": "string", "biller_type": "string", "root_cost_code_id": "int",
		"root_cost_code": "string", "cost_code_id": "int", "cost_code_origin_id": "string|null", "cost_code": "string",
		"category_id": "int", "category": "string", "original_budget_amount": "string", "budget_modifications": "string",
		"budget_forecast": "object", "currency_configuration": "object", "budget_row_id": "string",
		"cost_code_level_1": "string", "cost_code_level_1_id": "int", "cost_code_level_5": "string", "cost_code_level_5_id": "int",
		"Approved COs": "string", "Approved Budget Changes": "string", "Revised Budget": "string", "Pending Budget Changes": "string",
		"Committed Costs": "string", "Job to Date Costs": "string", "Direct Costs": "string", "Projected over Under": "string"})
	for _, key := range []string{"job_to_date_costs", "direct_costs", "committed_costs"} {
		if _, has := rows[0][key]; has {
			t.Errorf("detail rows key view columns by display name, not %q", key)
		}
	}
	first := rows[0]
	code := h.company.projectCodes.byID[int64(number(t, first["cost_code_id"]))]
	root := h.company.rootCostCode(code)
	if first["cost_code"] != code.FullCode+" - "+code.Name || first["root_cost_code"] != root.FullCode+" - "+root.Name ||
		first["cost_code_level_1"] != first["root_cost_code"] || first["cost_code_level_2"] != first["cost_code"] ||
		first["cost_code_level_3"] != "None" || id(first["cost_code_level_3_id"]) != "0" || first["budget_row_id"] != id(first["id"]) {
		t.Errorf("cost code texts and levels: %v", first)
	}
	for _, row := range rows {
		revised := number(t, row["original_budget_amount"]) + number(t, row["budget_modifications"]) + number(t, row["Approved Budget Changes"])
		if math.Abs(revised-number(t, row["Revised Budget"])) > 0.011 {
			t.Errorf("row %v: revised %v, want %.2f", row["id"], row["Revised Budget"], revised)
		}
		if !strings.Contains(row["original_budget_amount"].(string), ".") || len(strings.Split(row["original_budget_amount"].(string), ".")[1]) != 2 {
			t.Errorf("row amounts have two decimals: %v", row["original_budget_amount"])
		}
		if row["budget_modifications"] != "0.00" {
			modified = true
		}
		if row["deletable"] != false {
			t.Errorf("a locked budget's rows are not deletable")
		}
	}
	if !modified {
		t.Error("the locked fixture budget has budget modifications")
	}
	var columns []map[string]any
	h.api("GET", standard+"/budget_detail_columns?project_id="+project, token, nil).json(t, &columns)
	if len(columns) != len(budgetColumns) {
		t.Errorf("%d columns", len(columns))
	}
	assertFields(t, "column", columns[0], map[string]string{"id": "string", "name": "string", "position": "int", "type": "string"})

	// The second view shows fewer columns.
	var narrow []map[string]any
	h.api("GET", "/rest/v1.0/budget_views/"+id(views[1]["id"])+"/detail_rows?project_id="+project+"&per_page=1", token, nil).json(t, &narrow)
	if _, has := narrow[0]["Pending Budget Changes"]; has {
		t.Error("the QuickBooks view has no pending_budget_changes column")
	}
	// Filters are plain (not filters[...]) arrays.
	var one []map[string]any
	h.api("GET", standard+"/detail_rows?project_id="+project+"&cost_code_id[]="+id(rows[0]["cost_code_id"])+"&category_id[]="+id(rows[0]["category_id"]), token, nil).json(t, &one)
	if len(one) != 1 || id(one[0]["id"]) != id(rows[0]["id"]) {
		t.Errorf("cost_code_id[] and category_id[]: %d rows", len(one))
	}
	if got := h.api("GET", standard+"/detail_rows?project_id="+project+"&budget_row_type=some", token, nil); got.status != http.StatusBadRequest {
		t.Errorf("bad budget_row_type: %d", got.status)
	}
	if got := h.api("GET", "/rest/v1.0/budget_views/1/detail_rows?project_id="+project, token, nil); got.status != http.StatusNotFound {
		t.Errorf("unknown view: %d", got.status)
	}

	// Commitment lines without a budget line show up as unbudgeted rows (id null) somewhere.
	unbudgeted := 0
	for _, p := range h.company.projects.rows[:12] {
		var extra []map[string]any
		h.api("GET", standard+"/detail_rows?project_id="+strconv.FormatInt(p.ID, 10)+"&budget_row_type=unbudgeted", token, nil).json(t, &extra)
		for _, row := range extra {
			if row["id"] != nil || number(t, row["Committed Costs"])+number(t, row["Pending Cost Changes"])+number(t, row["Job to Date Costs"]) == 0 {
				t.Errorf("unbudgeted row: %v", row)
			}
		}
		unbudgeted += len(extra)
	}
	if unbudgeted == 0 {
		t.Error("no unbudgeted rows in the reference budgets")
	}
}

func TestBudgetLineItemsAndTheLock(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	locked, unlocked := budgetProjects(t, h)
	var lockedItem *BudgetLineItem
	for _, item := range h.company.budgetLineItems.rows {
		if item.ProjectID == locked.ID && lockedItem == nil {
			lockedItem = item
		}
	}
	itemPath := "/rest/v1.0/budget_line_items/" + strconv.FormatInt(lockedItem.ID, 10)
	var show map[string]any
	got := h.api("GET", itemPath+"?project_id="+strconv.FormatInt(locked.ID, 10), token, nil)
	got.json(t, &show)
	assertFields(t, "budget line item", show, map[string]string{"id": "int", "original_budget_amount": "string",
		"uom": "string|null", "quantity": "string|null", "unit_cost": "string|null", "calculation_strategy": "string",
		"budget_modifications": "string", "approved_budget_changes": "string", "revised_budget": "string",
		"pending_budget_changes": "string", "projected_budget": "string", "committed_costs": "string", "direct_costs": "string",
		"projected_costs": "string", "budget_forecast": "string", "estimated_cost_at_completion": "string",
		"projected_over_under": "string", "cost_code": "object", "division": "object", "line_item_type": "object",
		"currency_configuration": "object"})
	var v11 map[string]any
	h.api("GET", "/rest/v1.1/budget_line_items/"+strconv.FormatInt(lockedItem.ID, 10)+"?project_id="+strconv.FormatInt(locked.ID, 10), token, nil).json(t, &v11)
	assertFields(t, "v1.1 budget line item", v11, map[string]string{"wbs_code": "object", "original_budget_amount": "number|int"})
	if got := h.api("GET", itemPath+"?project_id="+strconv.FormatInt(unlocked.ID, 10), token, nil); got.status != http.StatusNotFound {
		t.Errorf("line item under another project: %d", got.status)
	}

	// A locked budget refuses a new original amount but takes the same one back and a direct cost figure.
	edit := func(changes map[string]any) response {
		return h.api("PATCH", itemPath, token, map[string]any{"project_id": locked.ID, "budget_line_item": changes})
	}
	assertGenericError(t, edit(map[string]any{"original_budget_amount": lockedItem.OriginalBudgetAmount + 1000}), http.StatusUnprocessableEntity, messageBudgetLocked)
	if !locked.DirectCostsTool {
		t.Fatal("the first locked reference budget's project has direct costs, so its Direct Costs tool is on")
	}
	got = edit(map[string]any{"original_budget_amount": lockedItem.OriginalBudgetAmount, "direct_costs": 2450.35})
	var refused errorBody
	got.json(t, &refused)
	if got.status != http.StatusUnprocessableEntity || refused.Errors["direct_costs"] == nil {
		t.Errorf("direct costs with the Direct Costs tool on: %d %s", got.status, got.body)
	}
	newLine := map[string]any{"cost_code_id": ProjectCostCodeID(locked.ID, 40), "line_item_type_id": h.company.lineItemTypes.rows[0].ID, "original_budget_amount": 10000}
	if got := h.api("POST", "/rest/v1.0/budget_line_items", token, map[string]any{"project_id": locked.ID, "budget_line_item": newLine}); got.status != http.StatusUnprocessableEntity {
		t.Errorf("new line on a locked budget: %d", got.status)
	}

	// An unlocked budget takes new lines, computes automatic amounts and refuses duplicates.
	create := func(line map[string]any) response {
		return h.api("POST", "/rest/v1.0/budget_line_items", token, map[string]any{"project_id": unlocked.ID, "budget_line_item": line})
	}
	automatic := map[string]any{"cost_code_id": ProjectCostCodeID(unlocked.ID, 41), "line_item_type_id": h.company.lineItemTypes.rows[1].ID,
		"calculation_strategy": "automatic", "quantity": 12, "unit_cost": 150.5, "uom": "hr"}
	got = create(automatic)
	var created map[string]any
	got.json(t, &created)
	if got.status != http.StatusCreated || number(t, created["original_budget_amount"]) != 1806 {
		t.Fatalf("create: %d %s", got.status, got.body)
	}
	if got := create(automatic); got.status != http.StatusUnprocessableEntity {
		t.Errorf("duplicate cost code and type: %d", got.status)
	}
	var problem errorBody
	got = create(map[string]any{"cost_code_id": 1, "line_item_type_id": h.company.lineItemTypes.rows[1].ID})
	got.json(t, &problem)
	if got.status != http.StatusUnprocessableEntity || problem.Errors["cost_code_id"] == nil || problem.Message == "" {
		t.Errorf("unknown cost code: %d %+v", got.status, problem)
	}

	// Sync: POST, budget_line_items key, plain array of v1.1 lines; all or nothing.
	var v11Created map[string]any
	h.api("GET", "/rest/v1.1/budget_line_items/"+id(created["id"])+"?project_id="+strconv.FormatInt(unlocked.ID, 10), token, nil).json(t, &v11Created)
	wbs := id(v11Created["wbs_code"].(map[string]any)["id"])
	wbsID, _ := strconv.ParseInt(wbs, 10, 64)
	got = h.api("POST", "/rest/v1.0/budget_line_items/sync", token, map[string]any{"project_id": unlocked.ID,
		"budget_line_items": []map[string]any{{"wbs_code_id": wbsID, "original_budget_amount": 5000, "calculation_strategy": "manual"}}})
	var synced []map[string]any
	got.json(t, &synced)
	if got.status != http.StatusOK || len(synced) != 1 || id(synced[0]["id"]) != id(created["id"]) || number(t, synced[0]["original_budget_amount"]) != 5000 {
		t.Fatalf("sync by wbs code: %d %s", got.status, got.body)
	}
	got = h.api("POST", "/rest/v1.0/budget_line_items/sync", token, map[string]any{"project_id": unlocked.ID,
		"budget_line_items": []map[string]any{{"wbs_code_id": wbsID, "original_budget_amount": 7000}, {"wbs_code_id": 1}}})
	if got.status != http.StatusUnprocessableEntity {
		t.Errorf("sync with a bad wbs code: %d", got.status)
	}
	var after map[string]any
	h.api("GET", "/rest/v1.0/budget_line_items/"+id(created["id"])+"?project_id="+strconv.FormatInt(unlocked.ID, 10), token, nil).json(t, &after)
	if number(t, after["original_budget_amount"]) != 5000 {
		t.Errorf("a refused sync changed the line: %v", after["original_budget_amount"])
	}
}

// legacyHarness serves a copy of the reference company that has not migrated to budget changes.
func legacyHarness(t *testing.T) *harness {
	t.Helper()
	company, err := NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	company.BudgetChangesMigrated = false
	h := newHarness(t, Options{Companies: []*Company{company}, Users: ReferenceUsers(company)})
	h.company = company
	return h
}

func TestBudgetModificationsNeedALockedBudget(t *testing.T) {
	t.Parallel()
	h := legacyHarness(t)
	token := h.adminToken()
	locked, unlocked := budgetProjects(t, h)
	var lines []*BudgetLineItem
	for _, item := range h.company.budgetLineItems.rows {
		if item.ProjectID == unlocked.ID {
			lines = append(lines, item)
		}
	}
	transfer := map[string]any{"budget_modification": map[string]any{"from_budget_line_item_id": lines[0].ID,
		"to_budget_line_item_id": lines[1].ID, "transfer_amount": "1500.00", "notes": "contingency"}}
	base := "/rest/v1.0/projects/" + strconv.FormatInt(unlocked.ID, 10) + "/budget_modifications"
	if got := h.api("POST", base, token, transfer); got.status != http.StatusUnprocessableEntity {
		t.Errorf("modification on an unlocked budget: %d", got.status)
	}
	h.api("POST", "/rest/v1.0/projects/"+strconv.FormatInt(unlocked.ID, 10)+"/budget/lock", token, nil)
	got := h.api("POST", base, token, transfer)
	var created map[string]any
	got.json(t, &created)
	if got.status != http.StatusCreated || created["transfer_amount"] != "1500.0" {
		t.Fatalf("create: %d %s", got.status, got.body)
	}
	var show map[string]any
	h.api("GET", "/rest/v1.0/budget_line_items/"+strconv.FormatInt(lines[1].ID, 10)+"?project_id="+strconv.FormatInt(unlocked.ID, 10), token, nil).json(t, &show)
	if math.Abs(number(t, show["revised_budget"])-(lines[1].OriginalBudgetAmount+1500)) > 0.011 {
		t.Errorf("revised budget %v", show["revised_budget"])
	}
	var list []map[string]any
	h.api("GET", base, token, nil).json(t, &list)
	if len(list) != 1 {
		t.Fatalf("list: %d", len(list))
	}
	assertFields(t, "budget modification", list[0], map[string]string{"id": "int", "from_budget_line_item_id": "int",
		"to_budget_line_item_id": "int", "transfer_amount": "string", "notes": "string|null", "origin_id": "null", "created_at": "string"})
	// Unlocking destroys the transfers unless told not to.
	h.api("DELETE", "/rest/v1.0/projects/"+strconv.FormatInt(unlocked.ID, 10)+"/budget/lock", token, nil)
	h.api("GET", base, token, nil).json(t, &list)
	if len(list) != 0 {
		t.Errorf("unlock kept %d modifications", len(list))
	}
	lockedBase := "/rest/v1.0/projects/" + strconv.FormatInt(locked.ID, 10) + "/budget_modifications"
	h.api("GET", lockedBase, token, nil).json(t, &list)
	before := len(list)
	h.api("DELETE", "/rest/v1.0/projects/"+strconv.FormatInt(locked.ID, 10)+"/budget/lock?destroy_all_budget_line_item_transfers=false", token, nil)
	h.api("GET", lockedBase, token, nil).json(t, &list)
	if before == 0 || len(list) != before {
		t.Errorf("unlock with destroy=false: %d → %d", before, len(list))
	}
}

func TestBudgetModificationsRetiredAfterMigration(t *testing.T) {
	t.Parallel()
	company, err := NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	if !company.BudgetChangesMigrated {
		t.Fatal("the reference company uses budget changes")
	}
	h := newHarness(t, Options{Companies: []*Company{company}})
	h.company = company
	token := h.adminToken()
	locked, _ := budgetProjects(t, h)
	base := "/rest/v1.0/projects/" + strconv.FormatInt(locked.ID, 10) + "/budget_modifications"
	got := h.api("POST", base, token, map[string]any{"budget_modification": map[string]any{}})
	if got.status != http.StatusMethodNotAllowed || got.header.Get("Allow") != "GET" {
		t.Errorf("POST after migration: %d Allow %q", got.status, got.header.Get("Allow"))
	}
	if got := h.api("GET", base, token, nil); got.status != http.StatusOK {
		t.Errorf("GET after migration: %d", got.status)
	}
}

func TestBudgetChangesWithAdjustments(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	locked, unlocked := budgetProjects(t, h)
	base := "/rest/v1.0/projects/" + strconv.FormatInt(locked.ID, 10) + "/budget_changes"
	var list struct {
		Data []map[string]any `json:"data"`
	}
	got := h.api("GET", base, token, nil)
	got.json(t, &list)
	if got.status != http.StatusOK || len(list.Data) == 0 {
		t.Fatalf("list: %d %s", got.status, truncate(got.body))
	}
	assertFields(t, "budget change", list.Data[0], map[string]string{"id": "int", "number": "int", "status": "string",
		"title": "string|null", "description": "string|null", "erp_status": "string", "prime_contract_id": "null",
		"amount": "number|int", "change_event_line_item_ids": "array", "currency_configuration": "object"})
	var show struct {
		Data map[string]any `json:"data"`
	}
	h.api("GET", base+"/"+id(list.Data[0]["id"]), token, nil).json(t, &show)
	adjustments := show.Data["adjustment_line_items"].([]any)
	assertFields(t, "adjustment", adjustments[0].(map[string]any), map[string]string{"id": "int", "adjustment_number": "int",
		"wbs_code": "object", "type": "string", "amount": "number|int", "calculation_strategy": "string", "change_event_line_item_id": "null"})

	var item *BudgetLineItem
	for _, line := range h.company.budgetLineItems.rows {
		if line.ProjectID == locked.ID {
			item = line
		}
	}
	showItem := func() map[string]any {
		var line map[string]any
		h.api("GET", "/rest/v1.0/budget_line_items/"+strconv.FormatInt(item.ID, 10)+"?project_id="+strconv.FormatInt(locked.ID, 10), token, nil).json(t, &line)
		return line
	}
	before := showItem()
	body := map[string]any{"status": "approved", "title": "Canopy", "adjustment_line_items": []map[string]any{
		{"wbs_code_id": item.WBSCodeID, "amount": 2500, "description": "added canopy"},
		{"wbs_code_id": item.WBSCodeID, "calculation_strategy": "automatic", "quantity": 2, "unit_cost": 100}}}
	got = h.api("POST", base, token, body)
	var created struct {
		Data map[string]any `json:"data"`
	}
	got.json(t, &created)
	if got.status != http.StatusCreated || number(t, created.Data["amount"]) != 2700 {
		t.Fatalf("create: %d %s", got.status, got.body)
	}
	after := showItem()
	if math.Abs(number(t, after["approved_budget_changes"])-number(t, before["approved_budget_changes"])-2700) > 0.011 {
		t.Errorf("approved budget changes %v → %v", before["approved_budget_changes"], after["approved_budget_changes"])
	}
	var problems struct {
		Errors []map[string]string `json:"errors"`
	}
	got = h.api("POST", base, token, map[string]any{"title": "no status"})
	got.json(t, &problems)
	if got.status != http.StatusBadRequest || len(problems.Errors) == 0 {
		t.Errorf("create without status: %d %s", got.status, got.body)
	}
	if got := h.api("POST", "/rest/v1.0/projects/"+strconv.FormatInt(unlocked.ID, 10)+"/budget_changes", token, map[string]any{"status": "draft"}); got.status != http.StatusBadRequest {
		t.Errorf("budget change on an unlocked budget: %d", got.status)
	}
	changePath := base + "/" + id(created.Data["id"])
	if got := h.api("PATCH", changePath, token, map[string]any{"status": "void"}); got.status != http.StatusOK {
		t.Errorf("void: %d %s", got.status, got.body)
	}
	if voided := showItem(); number(t, voided["approved_budget_changes"]) != number(t, before["approved_budget_changes"]) {
		t.Errorf("a void change still counts: %v", voided["approved_budget_changes"])
	}
	if got := h.api("PATCH", changePath, token, map[string]any{"status": "approved"}); got.status != http.StatusUnprocessableEntity {
		t.Errorf("editing a void change: %d", got.status)
	}
	if got := h.api("GET", base+"/1", token, nil); got.status != http.StatusNotFound || !strings.Contains(string(got.body), `"errors"`) {
		t.Errorf("unknown change: %d %s", got.status, got.body)
	}
}
