package procoresim

import (
	"net/http"
	"strconv"
	"testing"
)

func TestProjectCostCodesDerivedFromTheStandardList(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	project := h.company.projects.rows[50] // no budget: its codes are derived on this first read
	standard := 0
	for _, code := range h.company.costCodes.rows {
		if code.ListID == *project.StandardCostCodeListID {
			standard++
		}
	}
	base := "/rest/v1.0/cost_codes?project_id=" + strconv.FormatInt(project.ID, 10)
	got := h.api("GET", base+"&per_page=50", token, nil)
	var list []map[string]any
	got.json(t, &list)
	if got.status != http.StatusOK || got.header.Get("Total") != strconv.Itoa(standard) || len(list) != 50 {
		t.Fatalf("list: %d Total %s, %d rows, want %d codes", got.status, got.header.Get("Total"), len(list), standard)
	}
	assertFields(t, "project cost code", list[1], map[string]string{"id": "int", "name": "string", "code": "string",
		"full_code": "string", "sortable_code": "string", "position": "int", "parent": "object", "standard_cost_code_id": "int",
		"biller": "string", "biller_id": "int", "biller_type": "string", "biller_origin_id": "string|null", "budgeted": "bool",
		"origin_id": "null", "origin_data": "null", "created_at": "string", "updated_at": "string", "deleted_at": "null",
		"line_item_types": "array"})
	if _, has := list[0]["standard_cost_code_list_id"]; has {
		t.Error("standard_cost_code_list_id is a show-only field")
	}
	if list[0]["id"].(interface{ String() string }).String() != strconv.FormatInt(ProjectCostCodeID(project.ID, 0), 10) {
		t.Errorf("derived ids are fixed per project and position: %v", list[0]["id"])
	}
	// Reading again returns the same codes, not a second copy.
	if again := h.api("GET", base+"&per_page=1", token, nil); again.header.Get("Total") != strconv.Itoa(standard) {
		t.Errorf("second read Total %s", again.header.Get("Total"))
	}

	var compact []map[string]any
	h.api("GET", base+"&view=erp_compact&per_page=1", token, nil).json(t, &compact)
	if len(compact[0]) != 6 {
		t.Errorf("erp_compact keys: %v", compact[0])
	}
	var filtered []map[string]any
	third := ProjectCostCodeID(project.ID, 2)
	h.api("GET", base+"&filters[id][]="+strconv.FormatInt(third, 10), token, nil).json(t, &filtered)
	if len(filtered) != 1 {
		t.Errorf("filters[id][]: %d rows", len(filtered))
	}
	var show map[string]any
	h.api("GET", "/rest/v1.0/cost_codes/"+strconv.FormatInt(third, 10)+"?project_id="+strconv.FormatInt(project.ID, 10), token, nil).json(t, &show)
	assertFields(t, "shown cost code", show, map[string]string{"standard_cost_code_list_id": "int", "parent": "object"})

	if got := h.api("GET", "/rest/v1.0/cost_codes", token, nil); got.status != http.StatusBadRequest {
		t.Errorf("missing project_id: %d", got.status)
	}
	if got := h.api("GET", base+"&sub_job_id=1", token, nil); got.status != http.StatusNotFound {
		t.Errorf("unknown sub job: %d", got.status)
	}
	field, _ := h.login(ReferenceFieldUserID)
	if got := h.api("GET", base, field, nil); got.status != http.StatusNotFound {
		t.Errorf("project the field user cannot see: %d", got.status)
	}
	// A budgeted code says so.
	item := h.company.budgetLineItems.rows[0]
	var budgeted map[string]any
	h.api("GET", "/rest/v1.0/cost_codes/"+strconv.FormatInt(item.CostCodeID, 10)+"?project_id="+strconv.FormatInt(item.ProjectID, 10), token, nil).json(t, &budgeted)
	if budgeted["budgeted"] != true {
		t.Errorf("cost code with a budget line: budgeted %v", budgeted["budgeted"])
	}
}

func TestProjectCostCodeSync(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	project := h.company.projects.rows[60]
	division := ProjectCostCodeID(project.ID, 0) // "01 General Requirements"
	path := "/rest/v1.0/cost_codes/sync?project_id=" + strconv.FormatInt(project.ID, 10)
	got := h.api("PATCH", path, token, map[string]any{"updates": []map[string]any{
		{"code": "01-990", "name": "Site Work", "parent_id": division, "origin_id": "qb-job-990"},
		{"id": ProjectCostCodeID(project.ID, 1), "name": "Renamed"},
		{"id": 1, "name": "Nobody"},
		{"code": "", "name": "Blank code"},
	}})
	var result syncResult
	got.json(t, &result)
	if got.status != http.StatusOK || len(result.Entities) != 2 || len(result.Errors) != 2 {
		t.Fatalf("sync: %d %s", got.status, truncate(got.body))
	}
	created := result.Entities[0]
	if created["code"] != "990" || created["full_code"] != "01-990" || created["origin_id"] != "qb-job-990" {
		t.Errorf("created: %v", created)
	}
	// The same origin_id again updates instead of duplicating; the project_id may come in the body.
	got = h.api("PATCH", "/rest/v1.0/cost_codes/sync", token, map[string]any{"project_id": project.ID,
		"updates": []map[string]any{{"origin_id": "qb-job-990", "code": "990", "name": "Site Work, revised", "parent_id": division}}})
	got.json(t, &result)
	if len(result.Entities) != 1 || result.Entities[0]["id"].(interface{ String() string }).String() != created["id"].(interface{ String() string }).String() {
		t.Errorf("resync by origin_id: %s", truncate(got.body))
	}
	updates := make([]map[string]any, 1001)
	for i := range updates {
		updates[i] = map[string]any{"code": strconv.Itoa(i), "name": "x"}
	}
	if got := h.api("PATCH", path, token, map[string]any{"updates": updates}); got.status != http.StatusUnprocessableEntity {
		t.Errorf("1001 items: %d", got.status)
	}
}
