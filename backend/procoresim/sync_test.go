package procoresim

import (
	"fmt"
	"net/http"
	"strconv"
	"testing"
)

type syncResult struct {
	Entities []map[string]any `json:"entities"`
	Errors   []map[string]any `json:"errors"`
}

func vendorUpdates(n int, prefix string) []map[string]any {
	updates := make([]map[string]any, n)
	for i := range updates {
		updates[i] = map[string]any{"name": fmt.Sprintf("%s Vendor %d", prefix, i), "origin_id": fmt.Sprintf("%s-%d", prefix, i)}
	}
	return updates
}

func TestVendorSyncTakesAThousandAndRefusesMore(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	got := h.api("PATCH", "/rest/v1.0/vendors/sync", token, map[string]any{"company_id": testCompanyID, "updates": vendorUpdates(1000, "qb")})
	if got.status != http.StatusOK {
		t.Fatalf("1000 items: %d %s", got.status, truncate(got.body))
	}
	var result syncResult
	got.json(t, &result)
	if len(result.Entities) != 1000 || len(result.Errors) != 0 {
		t.Fatalf("1000 items: %d entities, %d errors", len(result.Entities), len(result.Errors))
	}
	tooMany := h.api("PATCH", "/rest/v1.0/vendors/sync", token, map[string]any{"company_id": testCompanyID, "updates": vendorUpdates(1001, "more")})
	if tooMany.status != http.StatusUnprocessableEntity {
		t.Errorf("1001 vendors: %d, want 422", tooMany.status)
	}
	codes := make([]map[string]any, 1001)
	for i := range codes {
		codes[i] = map[string]any{"name": "x", "code": strconv.Itoa(i)}
	}
	got = h.api("PATCH", "/rest/v1.0/standard_cost_codes/sync", token, map[string]any{"company_id": testCompanyID,
		"standard_cost_code_list_id": h.company.costCodeLists.rows[0].ID, "updates": codes})
	if got.status != http.StatusRequestEntityTooLarge {
		t.Errorf("1001 standard cost codes: %d, want 413", got.status)
	}
}

func TestSyncMatchingRules(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	existing := h.company.vendors.rows[100]
	updates := []map[string]any{
		{"id": existing.ID, "name": "Renamed By Id"},
		{"id": 0, "name": "No vendor has this id value"},
		{"origin_id": "new-origin", "name": "Created By Origin", "business_phone": "555-0100"},
		{"name": "Created Plain"},
		{"name": ""},
	}
	got := h.api("PATCH", "/rest/v1.0/vendors/sync", token, map[string]any{"company_id": testCompanyID, "updates": updates})
	var result syncResult
	got.json(t, &result)
	if got.status != http.StatusOK || len(result.Entities) != 3 || len(result.Errors) != 2 {
		t.Fatalf("status %d: %d entities, %d errors: %s", got.status, len(result.Entities), len(result.Errors), truncate(got.body))
	}
	if result.Entities[0]["name"] != "Renamed By Id" || fmt.Sprint(result.Entities[0]["id"]) != strconv.FormatInt(existing.ID, 10) {
		t.Errorf("update by id: %v", result.Entities[0])
	}
	if result.Entities[2]["origin_id"] != nil {
		t.Errorf("plain create must have a null origin_id: %v", result.Entities[2]["origin_id"])
	}
	notFound := result.Errors[0]
	if notFound["name"] != "No vendor has this id value" || fmt.Sprint(notFound["errors"]) != "map[id:[Entity with this ID not found]]" {
		t.Errorf("error item echoes input plus errors: %v", notFound)
	}
	// Re-sending by origin_id updates the row it created instead of duplicating it.
	again := h.api("PATCH", "/rest/v1.0/vendors/sync", token, map[string]any{"company_id": testCompanyID,
		"updates": []map[string]any{{"origin_id": "new-origin", "name": "Updated By Origin"}}})
	var second syncResult
	again.json(t, &second)
	if len(second.Entities) != 1 || fmt.Sprint(second.Entities[0]["id"]) != fmt.Sprint(result.Entities[1]["id"]) {
		t.Errorf("origin match must update: %v vs %v", second.Entities, result.Entities[1]["id"])
	}
}

func TestOriginIDIsUniquePerCompany(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	var taken *Vendor
	for _, v := range h.company.vendors.rows {
		if v.OriginID != nil {
			taken = v
			break
		}
	}
	other := h.company.vendors.rows[len(h.company.vendors.rows)-1]
	// Create with a taken origin_id: 422 naming the field.
	created := h.api("POST", "/rest/v1.0/vendors", token, map[string]any{"company_id": testCompanyID,
		"vendor": map[string]any{"name": "Duplicate", "origin_id": *taken.OriginID}})
	if created.status != http.StatusUnprocessableEntity {
		t.Fatalf("duplicate origin on create: %d", created.status)
	}
	var body errorBody
	created.json(t, &body)
	if body.Errors["origin_id"][0] != messageOriginTaken {
		t.Errorf("body %+v", body)
	}
	// Sync moving another vendor onto the taken origin_id: per-item error, 200 overall.
	got := h.api("PATCH", "/rest/v1.0/vendors/sync", token, map[string]any{"company_id": testCompanyID,
		"updates": []map[string]any{{"id": other.ID, "origin_id": *taken.OriginID}}})
	var result syncResult
	got.json(t, &result)
	if got.status != http.StatusOK || len(result.Errors) != 1 {
		t.Errorf("sync duplicate: %d %s", got.status, truncate(got.body))
	}
	// The same origin_id on another kind (a project) is fine: uniqueness is per object type.
	project := h.api("POST", "/rest/v1.0/projects", token, map[string]any{"company_id": testCompanyID,
		"project": map[string]any{"name": "Shares an origin id", "origin_id": *taken.OriginID}})
	if project.status != http.StatusCreated {
		t.Errorf("project with a vendor's origin_id: %d %s", project.status, project.body)
	}
}

func TestERPLockedDirectCostRefusesEdits(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	var locked, open *DirectCost
	for _, d := range h.company.directCosts.rows {
		if d.OriginID != nil && locked == nil {
			locked = d
		}
		if d.OriginID == nil && open == nil {
			open = d
		}
	}
	path := func(d *DirectCost) string {
		return "/rest/v1.1/projects/" + strconv.FormatInt(d.ProjectID, 10) + "/direct_costs/" + strconv.FormatInt(d.ID, 10)
	}
	got := h.api("PATCH", path(locked), token, map[string]any{"direct_cost": map[string]any{"description": "changed"}})
	assertGenericError(t, got, http.StatusUnprocessableEntity, messageDirectCostERP)
	if got := h.api("PATCH", path(open), token, map[string]any{"direct_cost": map[string]any{"description": "changed"}}); got.status != http.StatusOK {
		t.Errorf("unlocked direct cost: %d %s", got.status, got.body)
	}
	// Through sync, a locked row is a per-item error; re-sending identical values is not an edit.
	syncPath := "/rest/v1.0/projects/" + strconv.FormatInt(locked.ProjectID, 10) + "/direct_costs/sync"
	got = h.api("PATCH", syncPath, token, map[string]any{"updates": []map[string]any{
		{"id": locked.ID, "terms": "Net 10"},
		{"id": locked.ID, "invoice_number": *locked.InvoiceNumber},
	}})
	var result syncResult
	got.json(t, &result)
	if len(result.Errors) != 1 || len(result.Entities) != 1 {
		t.Errorf("locked sync: %s", truncate(got.body))
	}
	// Setting origin_id on an open record is allowed once; then it is locked too.
	openSync := "/rest/v1.0/projects/" + strconv.FormatInt(open.ProjectID, 10) + "/direct_costs/sync"
	h.api("PATCH", openSync, token, map[string]any{"updates": []map[string]any{{"id": open.ID, "origin_id": "qb-bill-1"}}})
	if got := h.api("PATCH", path(open), token, map[string]any{"direct_cost": map[string]any{"terms": "Net 60"}}); got.status != http.StatusUnprocessableEntity {
		t.Errorf("after sync set origin_id: %d", got.status)
	}
}
