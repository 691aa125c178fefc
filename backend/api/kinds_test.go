package api_test

import (
	"net/http/httptest"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/api"
	"joblink/backend/costcodes"
	"joblink/backend/jobs"
	"joblink/backend/kinds"
	"joblink/backend/vendors"
)

// GET /api/kinds serves the registered kinds (here: the flows this binary links), in export
// order, with everything the frontend reads from them; never a kind that is not built.
func TestKindsServesTheRegisteredFlows(t *testing.T) {
	_, _, _ = costcodes.Decl, jobs.Decl, vendors.Decl
	h := api.New(api.Deps{Kinds: kinds.All(), Log: zerolog.Nop()})
	code, body := doJSON(t, h, "GET", "/api/kinds", "")
	list, _ := body["kinds"].([]any)
	if code != 200 || len(list) != 3 {
		t.Fatalf("%d %v", code, body)
	}
	var names []string
	for _, k := range list {
		names = append(names, k.(map[string]any)["kind"].(string))
	}
	if names[0] != "costcode" || names[1] != "job" || names[2] != "vendor" {
		t.Fatalf("order: %v", names)
	}
	cc := list[0].(map[string]any)
	want := map[string]any{"kind": "costcode", "label": "Cost codes", "one": "Cost code", "direction": "to_quickbooks",
		"approval": false, "page": "cost-codes", "rank": 10.0, "directExport": costcodes.Decl.DirectExport}
	for field, v := range want {
		if cc[field] != v {
			t.Errorf("%s: %v, want %v", field, cc[field], v)
		}
	}
	if deps, ok := cc["dependsOn"].([]any); !ok || len(deps) != 0 {
		t.Errorf("dependsOn: %#v", cc["dependsOn"])
	}
	if len(cc) != len(want)+1 {
		t.Errorf("fields: %v", cc)
	}
}

func TestKindsWithoutRegisteredKinds(t *testing.T) {
	h := api.New(api.Deps{Log: zerolog.Nop()})
	code, body := doJSON(t, h, "GET", "/api/kinds", "")
	if list, ok := body["kinds"].([]any); code != 200 || !ok || len(list) != 0 {
		t.Fatalf("%d %v", code, body)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/api/kinds", nil))
	if rec.Code != 405 {
		t.Fatalf("POST: %d", rec.Code)
	}
}
