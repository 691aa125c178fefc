package api_test

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/api"
	"joblink/backend/vendors"
	"joblink/internal/synctest"
)

type vendorSettingsStore struct{ r *synctest.Rig }

func (v vendorSettingsStore) VendorSettings() (vendors.Settings, error) {
	return vendors.LoadSettings(v.r.Store)
}
func (v vendorSettingsStore) SetVendorSettings(s vendors.Settings) error {
	return vendors.SaveSettings(v.r.Store, s)
}

// The mapping routes over the real mapping service, engine and flows, against the simulators.
func TestMappingRoutes(t *testing.T) {
	r := synctest.New(t, synctest.Options{Lists: true, Log: zerolog.Nop()})
	r.RunWebConnector(t)
	if err := r.Engine.PollOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	h := api.New(api.Deps{Engine: r.Engine, Mapping: r.Mapping, VendorSettings: vendorSettingsStore{r}, Log: zerolog.Nop()})

	code, view := doJSON(t, h, "GET", "/api/mapping/vendors?filter=all", "")
	rows, _ := view["rows"].([]any)
	if code != 200 || len(rows) == 0 || view["counts"] == nil || view["quickbooksOnly"] == nil || view["settings"] == nil {
		t.Fatalf("vendors view: %d %v", code, view["counts"])
	}
	row := rows[0].(map[string]any)
	if row["procore"].(map[string]any)["name"] == "" || row["status"] == "" || row["notes"] == nil {
		t.Fatalf("row shape: %v", row)
	}
	if code, v := doJSON(t, h, "GET", "/api/mapping/jobs?q=zzzz-nothing", ""); code != 200 || len(v["rows"].([]any)) != 0 {
		t.Fatalf("search: %d %v", code, v["counts"])
	}

	// Pages: rows and the QuickBooks-only list each with their offset and limit; limit=0 asks
	// for totals only.
	all := view["total"].(float64)
	code, p := doJSON(t, h, "GET", "/api/mapping/vendors?offset=2&limit=3&qbOffset=1&qbLimit=2", "")
	if rows := p["rows"].([]any); code != 200 || len(rows) != 3 || p["total"] != all || p["offset"] != 2.0 || p["limit"] != 3.0 ||
		rows[0].(map[string]any)["id"] != view["rows"].([]any)[2].(map[string]any)["id"] ||
		len(p["quickbooksOnly"].([]any)) != 2 || p["quickbooksOnlyTotal"] == nil || p["qbOffset"] != 1.0 {
		t.Fatalf("a page: %d %v", code, p)
	}
	code, p = doJSON(t, h, "GET", "/api/mapping/vendors?limit=0&qbLimit=0", "")
	if code != 200 || len(p["rows"].([]any)) != 0 || len(p["quickbooksOnly"].([]any)) != 0 || p["total"] != all {
		t.Fatalf("totals only: %d %v", code, p)
	}
	code, p = doJSON(t, h, "GET", "/api/mapping/jobs/parents?limit=2", "")
	if parents, _ := p["parents"].([]any); code != 200 || len(parents) != 2 || p["total"].(float64) < 2 {
		t.Fatalf("parents: %d %v", code, p)
	}
	first := view["rows"].([]any)[0].(map[string]any)["id"].(string)
	if code, res := doJSON(t, h, "POST", "/api/mapping/vendors/skip", `{"ids":["`+first+`"],"comment":"Not ours"}`); code != 200 || res["rejected"] != 1.0 {
		t.Fatalf("skip: %d %v", code, res)
	}
	if code, res := doJSON(t, h, "POST", "/api/mapping/vendors/reopen", `{"ids":["`+first+`"]}`); code != 200 || res["reopened"] != 1.0 {
		t.Fatalf("reopen: %d %v", code, res)
	}

	for _, bad := range []struct{ method, path, body, code string }{
		{"GET", "/api/mapping/widgets", "", "mapping"},
		{"GET", "/api/mapping/jobs?filter=nonsense", "", "mapping"},
		{"GET", "/api/mapping/jobs?offset=-1", "", "bad_offset"},
		{"GET", "/api/mapping/jobs?limit=many", "", "bad_limit"},
		{"GET", "/api/mapping/jobs?qbLimit=1.5", "", "bad_qblimit"},
		{"GET", "/api/mapping/jobs/parents?offset=x", "", "bad_offset"},
		{"POST", "/api/mapping/jobs/skip", `{"ids":[]}`, "mapping"},
		{"POST", "/api/mapping/jobs/reopen", `{"ids":["vendor/1"]}`, "mapping"},
		{"POST", "/api/mapping/jobs/link", `{"links":[]}`, "mapping"},
		{"POST", "/api/mapping/jobs/link", `{"links":[`, ""},
		{"POST", "/api/mapping/jobs/unlink", `{}`, "mapping"},
		{"POST", "/api/mapping/jobs/create", `{"items":[]}`, "mapping"},
		{"POST", "/api/mapping/vendors/import", `{"listIds":[]}`, "mapping"},
		{"POST", "/api/mapping/vendors/import", `{"listIds":"x"}`, ""},
		{"PUT", "/api/mapping/vendors/settings", `{"updateProcoreFromQuickBooks":"yes"}`, ""},
	} {
		status, body := doJSON(t, h, bad.method, bad.path, bad.body)
		e, _ := body["error"].(map[string]any)
		if status < 400 || e == nil || e["message"] == "" || (bad.code != "" && e["code"] != bad.code) {
			t.Errorf("%s %s %s: %d %v", bad.method, bad.path, bad.body, status, body)
		}
	}

	// Per-record problems come back in the answer, not as an error.
	code, res := doJSON(t, h, "POST", "/api/mapping/jobs/link", `{"links":[{"id":"job/1","listId":"nope"},{"id":"vendor/1","listId":"x"}]}`)
	if failed, _ := res["failed"].([]any); code != 200 || len(failed) != 2 {
		t.Fatalf("link problems: %d %v", code, res)
	}
	code, res = doJSON(t, h, "POST", "/api/mapping/jobs/link-exact", `{}`)
	if code != 200 || res["linked"] == nil {
		t.Fatalf("link exact: %d %v", code, res)
	}
	code, res = doJSON(t, h, "PUT", "/api/mapping/vendors/settings", `{"updateProcoreFromQuickBooks":true,"importVendorTypes":["Subcontractor"]}`)
	if code != 200 || res["updateProcoreFromQuickBooks"] != true || len(res["importVendorTypes"].([]any)) != 1 {
		t.Fatalf("settings: %d %v", code, res)
	}
	if _, v := doJSON(t, h, "GET", "/api/mapping/vendors", ""); v["settings"].(map[string]any)["updateProcoreFromQuickBooks"] != true {
		t.Fatalf("settings not kept: %v", v["settings"])
	}
}
