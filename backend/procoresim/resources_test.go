package procoresim

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// jsonKind names a JSON value's type the way the reference does, for field-type assertions.
func jsonKind(value any) string {
	switch v := value.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case bool:
		return "bool"
	case json.Number:
		if _, err := v.Int64(); err == nil {
			return "int"
		}
		return "number"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	}
	return "?"
}

// assertFields checks each named field is present with one of the allowed kinds ("string|null").
func assertFields(t *testing.T, what string, object map[string]any, want map[string]string) {
	t.Helper()
	for field, kinds := range want {
		value, present := object[field]
		if !present {
			t.Errorf("%s lacks %q", what, field)
			continue
		}
		if !strings.Contains("|"+kinds+"|", "|"+jsonKind(value)+"|") {
			t.Errorf("%s.%s is %s (%v), want %s", what, field, jsonKind(value), value, kinds)
		}
	}
}

func TestVendorFieldsMatchTheReference(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	var rows []map[string]any
	h.api("GET", "/rest/v1.0/vendors?company_id="+strconv.FormatInt(testCompanyID, 10)+"&per_page=5", token, nil).json(t, &rows)
	text := "string|null"
	assertFields(t, "vendor", rows[0], map[string]string{
		"id": "int", "name": "string", "company": "string", "abbreviated_name": text, "trade_name": text, "legal_name": text,
		"address": text, "city": text, "state_code": text, "country_code": text, "zip": text,
		"business_phone": text, "mobile_phone": text, "fax_number": text, "email_address": text, "website": text,
		"is_active": "bool", "origin_id": text, "origin_data": text, "origin_code": text, "synced_to_erp": "bool",
		"authorized_bidder": "bool", "prequalified": "bool", "union_member": "bool", "is_connected": "bool",
		"business_register": "object|null", "primary_contact": "object|null", "vendor_group": "object|null",
		"trades": "array", "standard_cost_codes": "array", "project_ids": "array", "bidding": "object",
		"attachments": "array", "children_count": "int", "created_at": "string", "updated_at": "string",
	})
	if id, _ := rows[0]["id"].(json.Number).Int64(); id <= 1<<31 {
		t.Errorf("vendor ids should not fit an int32, got %d", id)
	}
	var compact []map[string]any
	h.api("GET", "/rest/v1.0/vendors?company_id="+strconv.FormatInt(testCompanyID, 10)+"&per_page=1&view=compact", token, nil).json(t, &compact)
	if len(compact[0]) != 2 {
		t.Errorf("compact vendor %v should be id and name only", compact[0])
	}
	var normal map[string]any
	h.api("GET", "/rest/v1.0/vendors/"+rows[0]["id"].(json.Number).String()+"?company_id="+strconv.FormatInt(testCompanyID, 10)+"&view=normal", token, nil).json(t, &normal)
	if _, has := normal["bidding"]; has || normal["business_phone"] == nil && rows[0]["business_phone"] != nil {
		t.Errorf("normal view %v", normal)
	}
}

func TestVendorCreateAndUpdate(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	created := h.api("POST", "/rest/v1.0/vendors", token, map[string]any{"company_id": testCompanyID, "vendor": map[string]any{
		"name": "Müller & Söhne Bau, GmbH", "address": "12 Hauptstraße, Hinterhaus", "city": "München", "state_code": "BY",
		"country_code": "DE", "zip": "80331", "business_phone": "+49 89 123456", "fax_number": "+49 89 654321", "origin_id": "800001-1"}})
	if created.status != http.StatusCreated {
		t.Fatalf("create: %d %s", created.status, created.body)
	}
	var vendor map[string]any
	created.json(t, &vendor)
	if vendor["company"] != "Müller & Söhne Bau, GmbH" || vendor["fax_number"] != "+49 89 654321" || vendor["synced_to_erp"] != true {
		t.Errorf("created vendor %v", vendor)
	}
	id := vendor["id"].(json.Number).String()
	updated := h.api("PATCH", "/rest/v1.0/vendors/"+id, token, map[string]any{"company_id": testCompanyID, "vendor": map[string]any{"name": "Renamed", "business_phone": nil}})
	updated.json(t, &vendor)
	if updated.status != http.StatusOK || vendor["name"] != "Renamed" || vendor["business_phone"] != nil || vendor["city"] != "München" {
		t.Errorf("update: %d %v", updated.status, vendor)
	}
	bad := h.api("PATCH", "/rest/v1.0/vendors/"+id, token, map[string]any{"company_id": testCompanyID, "vendor": map[string]any{"country_code": "Germany"}})
	if bad.status != http.StatusUnprocessableEntity {
		t.Errorf("bad country code: %d", bad.status)
	}
	if got := h.api("GET", "/rest/v1.0/vendors/12345?company_id="+strconv.FormatInt(testCompanyID, 10), token, nil); got.status != http.StatusNotFound {
		t.Errorf("unknown vendor: %d", got.status)
	}
}

func TestProjectShapesAndWrites(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	company := strconv.FormatInt(testCompanyID, 10)
	var list []map[string]any
	h.api("GET", "/rest/v1.0/projects?company_id="+company+"&per_page=3", token, nil).json(t, &list)
	text := "string|null"
	assertFields(t, "project list item", list[0], map[string]string{
		"id": "int", "name": "string", "display_name": "string", "project_number": text, "address": text, "city": text,
		"state_code": text, "country_code": text, "zip": text, "county": text, "latitude": "number|null|int",
		"longitude": "number|null|int", "stage": "string", "phone": text, "fax": text, "active": "bool",
		"origin_id": text, "origin_data": text, "origin_code": text, "total_value": text, "start_date": text,
		"created_at": "string", "updated_at": "string", "company": "object", "custom_fields": "object",
	})
	if _, has := list[0]["standard_cost_code_list_id"]; has {
		t.Error("list shape has no standard_cost_code_list_id")
	}
	var show map[string]any
	h.api("GET", "/rest/v1.0/projects/"+list[0]["id"].(json.Number).String()+"?company_id="+company, token, nil).json(t, &show)
	assertFields(t, "project", show, map[string]string{"code": text, "standard_cost_code_list_id": "int|null", "is_erp_integrated": "bool"})
	if _, has := show["stage"]; has {
		t.Error("show shape has no stage string")
	}

	created := h.api("POST", "/rest/v1.0/projects", token, map[string]any{"company_id": testCompanyID, "project": map[string]any{
		"name": "New Job", "project_number": "J-9", "address": "1 Main St, Suite 5", "city": "Austin", "state_code": "TX",
		"country_code": "US", "zip": "78701", "total_value": 1250.5, "origin_id": "800003DD-1600977189", "origin_code": "J-9", "erp_integrated": true}})
	var project map[string]any
	created.json(t, &project)
	if created.status != http.StatusCreated || project["total_value"] != "1250.5" || project["display_name"] != "J-9 - New Job" || project["is_erp_integrated"] != true {
		t.Fatalf("create: %d %v", created.status, project)
	}
	id := project["id"].(json.Number).String()
	updated := h.api("PATCH", "/rest/v1.0/projects/"+id, token, map[string]any{"company_id": testCompanyID, "project": map[string]any{"zip": "78702"}})
	updated.json(t, &project)
	if project["zip"] != "78702" || project["city"] != "Austin" {
		t.Errorf("update: %v", project)
	}
	var result syncResult
	h.api("PATCH", "/rest/v1.0/projects/sync?company_id="+company, token, map[string]any{"updates": []map[string]any{
		{"origin_id": "800003DD-1600977189", "name": "New Job (renamed in QB)"}, {"name": "Synced Job"}}}).json(t, &result)
	if len(result.Entities) != 2 || result.Entities[0]["id"].(json.Number).String() != id {
		t.Errorf("project sync: %+v", result)
	}
}

func TestCostCodesAndLineItemTypes(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	company := strconv.FormatInt(testCompanyID, 10)
	var lists []map[string]any
	h.api("GET", "/rest/v1.0/standard_cost_code_lists?company_id="+company, token, nil).json(t, &lists)
	assertFields(t, "list", lists[0], map[string]string{"id": "int", "name": "string", "is_erp_list": "bool", "available_to_use_on_new_projects": "bool"})
	listID := lists[0]["id"].(json.Number).String()
	base := "/rest/v1.0/standard_cost_codes?company_id=" + company + "&standard_cost_code_list_id=" + listID + "&per_page=2000"
	var defaults, extended []map[string]any
	h.api("GET", base, token, nil).json(t, &defaults)
	h.api("GET", base+"&view=extended", token, nil).json(t, &extended)
	if len(defaults) < 1000 || len(defaults[0]) != 2 {
		t.Errorf("default view: %d codes, first %v (only id and list id)", len(defaults), defaults[0])
	}
	assertFields(t, "standard cost code", extended[1], map[string]string{"id": "int", "standard_cost_code_list_id": "int",
		"parent_id": "int|null", "code": "string", "full_code": "string", "name": "string", "origin_id": "string|null", "origin_data": "string|null"})
	if extended[1]["full_code"] != "01-"+extended[1]["code"].(string) {
		t.Errorf("full code %v", extended[1])
	}
	if got := h.api("GET", "/rest/v1.0/standard_cost_codes?company_id="+company, token, nil); got.status != http.StatusBadRequest {
		t.Errorf("missing list id: %d", got.status)
	}
	var result syncResult
	h.api("PATCH", "/rest/v1.0/standard_cost_codes/sync?view=extended", token, map[string]any{"company_id": testCompanyID,
		"standard_cost_code_list_id": lists[0]["id"], "updates": []map[string]any{
			{"name": "Concrete Pumping", "code": "01-990", "parent_id": extended[0]["id"].(json.Number), "origin_id": "pump-1"}}}).json(t, &result)
	if len(result.Entities) != 1 || result.Entities[0]["full_code"] != "01-990" || result.Entities[0]["code"] != "990" {
		t.Errorf("cost code sync: %+v", result)
	}

	var types []map[string]any
	h.api("GET", "/rest/v1.0/line_item_types?company_id="+company, token, nil).json(t, &types)
	assertFields(t, "line item type", types[0], map[string]string{"id": "int", "name": "string", "code": "string", "base_type": "string|null", "origin_id": "string|null", "origin_data": "string|null"})
	h.api("PATCH", "/rest/v1.0/line_item_types/sync", token, map[string]any{"company_id": testCompanyID,
		"updates": []map[string]any{{"name": "Material", "csv_import_code": "MAT", "base_type": "materials", "origin_id": "mat-1"}}}).json(t, &result)
	if len(result.Entities) != 1 || result.Entities[0]["code"] != "MAT" {
		t.Errorf("line item type sync: %+v", result)
	}
}

func TestMeCompaniesAndBudgetLock(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	var me map[string]any
	h.api("GET", "/rest/v1.0/me", token, nil).json(t, &me)
	assertFields(t, "me", me, map[string]string{"id": "int", "login": "string", "name": "string"})
	var companies []map[string]any
	got := h.api("GET", "/rest/v1.0/companies", token, nil)
	got.json(t, &companies)
	assertFields(t, "company", companies[0], map[string]string{"id": "int", "name": "string", "is_active": "bool", "logo_url": "string|null", "my_company": "bool"})
	if got.header.Get("Total") != "1" {
		t.Errorf("companies Total %q", got.header.Get("Total"))
	}

	project := strconv.FormatInt(h.company.projects.rows[1].ID, 10) // index 1: unlocked in the fixture
	var state map[string]bool
	h.api("GET", "/rest/v1.0/projects/"+project+"/budget", token, nil).json(t, &state)
	if state["locked"] {
		t.Fatalf("fixture project 1 should start unlocked")
	}
	if got := h.api("POST", "/rest/v1.0/projects/"+project+"/budget/lock", token, nil); got.status != http.StatusCreated {
		t.Errorf("lock: %d", got.status)
	}
	if got := h.api("POST", "/rest/v1.0/projects/"+project+"/budget/lock", token, nil); got.status != http.StatusUnprocessableEntity {
		t.Errorf("lock twice: %d", got.status)
	}
	if got := h.api("DELETE", "/rest/v1.0/projects/"+project+"/budget/lock", token, nil); got.status != http.StatusOK {
		t.Errorf("unlock: %d", got.status)
	}
}

func TestDirectCostCreateBothVersions(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Options{})
	token := h.adminToken()
	project := strconv.FormatInt(h.company.projects.rows[0].ID, 10)
	vendor := h.company.vendors.rows[0].ID
	var wbs []int64
	for _, code := range h.company.wbsCodes.rows {
		if code.ProjectID == h.company.projects.rows[0].ID {
			wbs = append(wbs, code.ID)
		}
	}
	v11 := h.api("POST", "/rest/v1.1/projects/"+project+"/direct_costs", token, map[string]any{"direct_cost": map[string]any{
		"direct_cost_type": "invoice", "vendor_id": vendor, "invoice_number": "B-1", "status": "approved",
		"line_items": []map[string]any{{"wbs_code_id": wbs[0], "manual_amount": 100.25}, {"wbs_code_id": wbs[1], "quantity": 2, "unit_cost": 10}}}})
	var cost map[string]any
	v11.json(t, &cost)
	if v11.status != http.StatusCreated || cost["grand_total"] != "120.25" || cost["vendor_name"] != h.company.vendors.rows[0].Name ||
		len(cost["line_items"].([]any)) != 2 {
		t.Errorf("v1.1 create: %d %v", v11.status, cost)
	}
	before := len(h.company.directCosts.rows)
	badLine := h.api("POST", "/rest/v1.1/projects/"+project+"/direct_costs", token, map[string]any{"direct_cost": map[string]any{
		"direct_cost_type": "expense", "vendor_id": vendor, "line_items": []map[string]any{{"wbs_code_id": 1, "manual_amount": 5}}}})
	if badLine.status != http.StatusUnprocessableEntity || !strings.Contains(string(badLine.body), "line_items[0].wbs_code_id") ||
		len(h.company.directCosts.rows) != before {
		t.Errorf("a bad line must refuse the whole create: %d %s", badLine.status, truncate(badLine.body))
	}
	v10 := h.api("POST", "/rest/v1.0/projects/"+project+"/direct_costs", token, map[string]any{"item": map[string]any{"direct_cost_type": "expense", "vendor_id": vendor}})
	if v10.status != http.StatusCreated {
		t.Errorf("v1.0 create with item key: %d %s", v10.status, v10.body)
	}
	invalid := h.api("POST", "/rest/v1.1/projects/"+project+"/direct_costs", token, map[string]any{"direct_cost": map[string]any{"direct_cost_type": "invoice"}})
	var body errorBody
	invalid.json(t, &body)
	if invalid.status != http.StatusUnprocessableEntity || body.Errors["invoice_number"] == nil {
		t.Errorf("invoice without number: %d %+v", invalid.status, body)
	}
}

func TestReferenceCompanyHasTheMessyData(t *testing.T) {
	t.Parallel()
	company, err := NewReferenceCompany()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(company.costCodes.rows); n < 1000 || n > 1100 {
		t.Errorf("%d standard cost codes", n)
	}
	if len(company.projects.rows) != 300 || len(company.vendors.rows) != 3000 {
		t.Errorf("%d projects, %d vendors", len(company.projects.rows), len(company.vendors.rows))
	}
	found := map[string]bool{}
	for _, v := range company.vendors.rows {
		switch {
		case len([]rune(v.Name)) > 41:
			found["long name"] = true
		case strings.Contains(v.Name, "&"):
			found["ampersand"] = true
		case v.Name == "北京建工":
			found["non-Latin"] = true
		case v.Name == "Müller Bau GmbH":
			found["accent"] = true
		case v.Name == "A.B.C. Plumbing, Inc.":
			found["near duplicate"] = true
		}
		if v.Address != nil && strings.Contains(*v.Address, ",") {
			found["comma address"] = true
		}
		if v.BusinessPhone != nil && *v.BusinessPhone == "" {
			found["blank"] = true
		}
		if v.FaxNumber == nil {
			found["null"] = true
		}
	}
	if len(found) != 8 {
		t.Errorf("messy cases present: %v", found)
	}
	// Clones are independent.
	other, _ := NewReferenceCompany()
	other.vendors.rows[0].Name = "changed"
	if company.vendors.rows[0].Name == "changed" {
		t.Error("NewReferenceCompany copies share rows")
	}
}
