package procore

import (
	"context"
	"net/http"
	"net/url"
	"testing"
)

func TestListLineItemTypesOfCompanyAndProject(t *testing.T) {
	calls := 0
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		calls++
		want := url.Values{"company_id": {"5000000001"}, "filters[origin_id]": {"QB-CT-L"}}
		if calls == 2 {
			want = url.Values{"project_id": {"4294967397"}}
		}
		checkCall(t, r, http.MethodGet, "/rest/v1.0/line_item_types", want)
		writePage(w, 2, `[
			{"id":5000000123,"name":"Labor","code":"L","base_type":"professional_services","origin_id":"QB-CT-L","origin_data":"{\"ListID\":\"80000001\"}"},
			{"id":7,"name":"Other","code":null,"base_type":null,"origin_id":null,"origin_data":null}]`)
	})
	ctx := context.Background()
	types, err := c.ListLineItemTypes(ListLineItemTypesOptions{OriginID: "QB-CT-L"}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(types) != 2 || types[0].ID != 5000000123 || *types[0].Code != "L" || *types[0].BaseType != "professional_services" ||
		*types[0].OriginData != `{"ListID":"80000001"}` || types[1].BaseType != nil || types[1].OriginID != nil || types[1].Code != nil {
		t.Fatalf("%+v", types)
	}
	if _, err := c.ListLineItemTypes(ListLineItemTypesOptions{ProjectID: bigProject}).Collect(ctx); err != nil || calls != 2 {
		t.Fatalf("calls %d err %v", calls, err)
	}
}

func TestSyncLineItemTypes(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodPatch, "/rest/v1.0/line_item_types/sync", nil)
		sameJSON(t, rawBody(t, r), `{"company_id":5000000001,"updates":[
			{"name":"Material","csv_import_code":"M","base_type":"materials","origin_id":"mat-1"},
			{"id":6000000000,"name":"Subcontract","origin_id":"sub-1"}]}`)
		writeJSON(w, 200, `{"entities":[{"id":6000000001,"name":"Material","code":"M","base_type":"materials","origin_id":"mat-1","origin_data":null}],
			"errors":[{"id":6000000000,"name":"Subcontract","origin_id":"sub-1","errors":{"id":["Entity with this ID not found"]}}]}`)
	})
	res, err := c.SyncLineItemTypes(context.Background(), []LineItemTypeSyncItem{
		{LineItemTypeFields: LineItemTypeFields{Name: new("Material"), CSVImportCode: new("M"), BaseType: new("materials"), OriginID: new("mat-1")}},
		{ID: 6000000000, LineItemTypeFields: LineItemTypeFields{Name: new("Subcontract"), OriginID: new("sub-1")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) != 1 || res.Entities[0].ID != 6000000001 || *res.Entities[0].Code != "M" {
		t.Fatalf("%+v", res.Entities)
	}
	if len(res.Errors) != 1 || res.Errors[0].Index != 1 || res.Errors[0].ID != 6000000000 || res.Errors[0].FieldErrors["id"][0] != "Entity with this ID not found" {
		t.Fatalf("%+v", res.Errors)
	}
}

func TestListProjectCostCodesExtendedAndCompact(t *testing.T) {
	calls := 0
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls == 1 {
			checkCall(t, r, http.MethodGet, "/rest/v1.0/cost_codes", url.Values{"project_id": {"4294967397"}, "sub_job_id": {"4294967500"},
				"filters[id][]": {"5000000200", "5000000201"}, "filters[origin_id]": {"QB-CC-1"}})
			writePage(w, 1, `[{"id":5000000200,"name":"Site Work","code":"100","full_code":"02-100","sortable_code":"02-100","position":3,
				"parent":{"id":5000000199},"standard_cost_code_id":5000000300,"biller":"Main St","biller_id":4294967397,"biller_type":"Project",
				"biller_origin_id":"QB-J1","budgeted":true,"origin_id":"QB-CC-1","origin_data":null,
				"created_at":"2016-07-25T11:24:26Z","updated_at":"2016-07-26T11:24:26Z","deleted_at":null,
				"line_item_types":[{"id":5000000123,"name":"Labor","code":"L","base_type":null,"origin_id":null,"origin_data":null}]}]`)
			return
		}
		checkCall(t, r, http.MethodGet, "/rest/v1.0/cost_codes", url.Values{"project_id": {"4294967397"}, "view": {"erp_compact"}})
		writePage(w, 1, `[{"id":5000000201,"name":"Concrete","full_code":"03-300","origin_id":null,"origin_data":null,"standard_cost_code_id":null}]`)
	})
	ctx := context.Background()
	codes, err := c.ListProjectCostCodes(bigProject, ListProjectCostCodesOptions{SubJobID: 4294967500, IDs: []int64{5000000200, 5000000201}, OriginID: "QB-CC-1"}).Collect(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cc := codes[0]
	if len(codes) != 1 || cc.ID != 5000000200 || *cc.Code != "100" || *cc.FullCode != "02-100" || *cc.Position != 3 || cc.Parent.ID != 5000000199 ||
		*cc.StandardCostCodeID != 5000000300 || *cc.BillerID != bigProject || *cc.BillerType != "Project" || !*cc.Budgeted ||
		cc.CreatedAt.Day() != 25 || cc.DeletedAt != nil || cc.OriginData != nil || cc.LineItemTypes[0].ID != 5000000123 {
		t.Fatalf("%+v", cc)
	}
	compact, err := c.ListProjectCostCodes(bigProject, ListProjectCostCodesOptions{View: "erp_compact"}).Collect(ctx)
	if err != nil || len(compact) != 1 || compact[0].StandardCostCodeID != nil || *compact[0].FullCode != "03-300" || compact[0].Code != nil {
		t.Fatalf("%+v %v", compact, err)
	}
}

func TestSyncProjectCostCodes(t *testing.T) {
	c, _ := newTestClient(t, func(w http.ResponseWriter, r *http.Request) {
		checkCall(t, r, http.MethodPatch, "/rest/v1.0/cost_codes/sync", url.Values{"project_id": {"4294967397"}})
		sameJSON(t, rawBody(t, r), `{"updates":[{"code":"01","name":"Site Work","standard_cost_code_id":5000000300,"origin_id":"p1"}]}`)
		writeJSON(w, 200, `{"entities":[{"id":5000000400,"name":"Site Work","code":"01","full_code":"01","standard_cost_code_id":5000000300,"origin_id":"p1","origin_data":null}],"errors":[]}`)
	})
	res, err := c.SyncProjectCostCodes(context.Background(), bigProject, 0, []CostCodeSyncItem{
		{Code: new("01"), Name: new("Site Work"), StandardCostCodeID: new(int64(5000000300)), OriginID: new("p1")}})
	if err != nil || len(res.Entities) != 1 || res.Entities[0].ID != 5000000400 || len(res.Errors) != 0 {
		t.Fatalf("%+v %v", res, err)
	}
}
