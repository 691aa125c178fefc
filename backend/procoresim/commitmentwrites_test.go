package procoresim

import (
	"net/http"
	"strconv"
	"testing"
)

func TestCommitmentCreateUpdateAndSync(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	project := h.company.projects.rows[40]
	vendor := h.company.vendors.rows[7]
	got := h.api("POST", "/rest/v1.0/work_order_contracts", token, map[string]any{"project_id": project.ID,
		"work_order_contract": map[string]any{"title": "Electrical", "vendor_id": vendor.ID, "retainage_percent": "10.0", "inclusions": "All wiring"}})
	var created map[string]any
	got.json(t, &created)
	if got.status != http.StatusCreated || created["number"] != "SC-001" || created["status"] != "Draft" || created["retainage_percent"] != "10.0" {
		t.Fatalf("create: %d %s", got.status, truncate(got.body))
	}
	assertFields(t, "created commitment", created, map[string]string{"line_items": "array", "payments_issued": "array", "vendor": "object"})
	contract := id(created["id"])
	if got := h.api("POST", "/rest/v1.0/purchase_order_contracts", token, map[string]any{"project_id": project.ID,
		"purchase_order_contract": map[string]any{"vendor_id": vendor.ID, "status": "Out For Bid"}}); got.status != http.StatusUnprocessableEntity {
		t.Errorf("a subcontract status on a purchase order: %d", got.status)
	}
	if got := h.api("POST", "/rest/v1.0/work_order_contracts", token, map[string]any{"project_id": project.ID}); got.status != http.StatusBadRequest {
		t.Errorf("missing work_order_contract: %d", got.status)
	}

	// Schedule of values: create one line, then sync (update it, add one, one bad id).
	lines := "/rest/v1.0/work_order_contracts/" + contract + "/line_items"
	standard := h.company.costCodes.rows[5].ID
	got = h.api("POST", lines, token, map[string]any{"project_id": project.ID, "line_item": map[string]any{
		"amount": "1000.00", "cost_code_id": standard, "line_item_type_id": h.company.lineItemTypes.rows[2].ID, "description": "Rough-in"}})
	var line map[string]any
	got.json(t, &line)
	if got.status != http.StatusCreated || line["amount"] != "1000.0" {
		t.Fatalf("line create: %d %s", got.status, got.body)
	}
	projectCode := ProjectCostCodeID(project.ID, 6) // the project's copy of standard code 6
	got = h.api("PATCH", lines+"/sync?project_id="+strconv.FormatInt(project.ID, 10), token, map[string]any{"updates": []map[string]any{
		{"id": mustInt(t, id(line["id"])), "amount": "1500"},
		{"cost_code_id": projectCode, "extended_type": "calculated", "quantity": "3", "unit_cost": "250", "origin_id": "qb-line-1"},
		{"id": 1, "amount": "1"},
	}})
	var result syncResult
	got.json(t, &result)
	if got.status != http.StatusOK || len(result.Entities) != 2 || len(result.Errors) != 1 {
		t.Fatalf("line sync: %d %s", got.status, truncate(got.body))
	}
	if result.Entities[1]["amount"] != "750.0" || id(result.Entities[1]["cost_code"].(map[string]any)["id"]) != strconv.FormatInt(h.company.costCodes.rows[6].ID, 10) {
		t.Errorf("calculated line on a project cost code: %v", result.Entities[1])
	}
	var shown map[string]any
	h.api("GET", "/rest/v1.0/work_order_contracts/"+contract+"?project_id="+strconv.FormatInt(project.ID, 10), token, nil).json(t, &shown)
	if shown["grand_total"] != "2250.0" || len(shown["line_items"].([]any)) != 2 {
		t.Errorf("grand total follows the lines: %v, %d lines", shown["grand_total"], len(shown["line_items"].([]any)))
	}

	// Approval freezes the schedule of values and the vendor, not the ERP fields.
	update := func(changes map[string]any) response {
		return h.api("PATCH", "/rest/v1.0/work_order_contracts/"+contract, token, map[string]any{"project_id": project.ID, "work_order_contract": changes})
	}
	if got := update(map[string]any{"status": "Approved", "executed": true}); got.status != http.StatusOK {
		t.Fatalf("approve: %d %s", got.status, got.body)
	}
	if got := update(map[string]any{"vendor_id": h.company.vendors.rows[8].ID}); got.status != http.StatusUnprocessableEntity {
		t.Errorf("vendor change on an approved commitment: %d", got.status)
	}
	if got := update(map[string]any{"origin_id": "qb-po-1", "origin_code": "SC-001"}); got.status != http.StatusOK {
		t.Errorf("ERP stamps an approved commitment: %d %s", got.status, got.body)
	}
	got = h.api("PATCH", lines+"/sync?project_id="+strconv.FormatInt(project.ID, 10), token, map[string]any{"updates": []map[string]any{
		{"id": mustInt(t, id(line["id"])), "amount": "9"}, {"cost_code_id": standard, "amount": "5"}}})
	got.json(t, &result)
	if len(result.Entities) != 0 || len(result.Errors) != 2 {
		t.Errorf("SOV edits on an approved commitment: %s", truncate(got.body))
	}
	tooMany := make([]map[string]any, 1001)
	for i := range tooMany {
		tooMany[i] = map[string]any{"cost_code_id": standard, "amount": "1"}
	}
	if got := h.api("PATCH", lines+"/sync?project_id="+strconv.FormatInt(project.ID, 10), token, map[string]any{"updates": tooMany}); got.status != http.StatusRequestEntityTooLarge {
		t.Errorf("1001 line items: %d", got.status)
	}

	// Contract sync: by origin_id, create and update, with the list shape.
	sync := func(updates []map[string]any) syncResult {
		var result syncResult
		h.api("PATCH", "/rest/v1.0/purchase_order_contracts/sync", token, map[string]any{"project_id": project.ID, "updates": updates}).json(t, &result)
		return result
	}
	first := sync([]map[string]any{{"origin_id": "qb-po-9", "vendor_id": vendor.ID, "title": "Lumber", "ship_to_address": "Yard 2"},
		{"vendor_id": 1}})
	if len(first.Entities) != 1 || len(first.Errors) != 1 || first.Entities[0]["number"] != "PO-001" || first.Entities[0]["ship_to_address"] != "Yard 2" {
		t.Fatalf("PO sync: %+v", first)
	}
	again := sync([]map[string]any{{"origin_id": "qb-po-9", "title": "Lumber & sheathing"}})
	if len(again.Entities) != 1 || id(again.Entities[0]["id"]) != id(first.Entities[0]["id"]) || again.Entities[0]["title"] != "Lumber & sheathing" {
		t.Errorf("PO resync: %+v", again)
	}
	// A subcontract is not found through the purchase order path.
	if got := h.api("PATCH", "/rest/v1.0/purchase_order_contracts/"+contract, token, map[string]any{"project_id": project.ID, "purchase_order_contract": map[string]any{}}); got.status != http.StatusNotFound {
		t.Errorf("subcontract via PO path: %d", got.status)
	}
}
