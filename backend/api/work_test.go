package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/api"
	"joblink/backend/costcodes"
	"joblink/internal/synctest"
)

// costCodesReady is the rig after a first Web Connector run, with the QuickBooks accounts
// chosen and Procore's cost codes detected, and the API over its engine: the cost codes wait
// for the bookkeeper.
func costCodesReady(t *testing.T) (*synctest.Rig, http.Handler) {
	t.Helper()
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop()})
	r.RunWebConnector(t)
	r.ChooseAccounts(t)
	if _, err := r.Engine.Detect(context.Background(), costcodes.Kind); err != nil {
		t.Fatal(err)
	}
	return r, api.New(api.Deps{Engine: r.Engine, Log: zerolog.Nop()})
}

func doJSON(t *testing.T, h http.Handler, method, path, body string) (int, map[string]any) {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("%s %s: %d, not JSON: %s", method, path, rec.Code, rec.Body.String())
	}
	return rec.Code, out
}

// The work routes over the real engine and the real cost code flow, against the simulators.
func TestWorkRoutes(t *testing.T) {
	r, h := costCodesReady(t)

	code, page := doJSON(t, h, "GET", "/api/work/costcode?status=ready&q=01-&limit=5", "")
	counts := page["counts"].(map[string]any)
	items := page["items"].([]any)
	if code != 200 || counts["ready"].(float64) != 1039 || len(items) != 5 || page["total"].(float64) < 5 {
		t.Fatalf("list: %d %v total %v items %d", code, counts, page["total"], len(items))
	}
	first := items[0].(map[string]any)
	if first["status"] != "ready" || first["qb"] != nil || first["failure"] != nil || first["notes"] == nil {
		t.Fatalf("item shape: %v", first)
	}
	id := first["id"].(string)

	for _, bad := range []struct{ method, path, body, code string }{
		{"GET", "/api/work/costcode?status=nonsense", "", "bad_query"},
		{"GET", "/api/work/costcode?limit=-1", "", "bad_limit"},
		{"GET", "/api/work/widgets", "", "unknown_kind"},
		{"POST", "/api/work/costcode/export", `{"ids":["` + id + `"],"all":true}`, "ids_and_all"},
		{"POST", "/api/work/costcode/export", `{}`, "nothing_chosen"},
		{"POST", "/api/work/costcode/export", `{"ids":["costcode/1"]}`, "unknown_item"},
		{"POST", "/api/work/costcode/export", `{"ids":["job/1"]}`, "unknown_item"},
		{"POST", "/api/work/costcode/export", `{"ids":[],"surprise":1}`, ""},
		{"POST", "/api/work/costcode/export", `{"ids":["` + id + `"],"comment":"x"}`, "unexpected_comment"},
		{"PUT", "/api/sync/paused", `{}`, "missing_paused"},
		{"GET", "/api/activity?limit=0", "", "bad_limit"},
	} {
		status, body := doJSON(t, h, bad.method, bad.path, bad.body)
		e, _ := body["error"].(map[string]any)
		if status < 400 || e == nil || e["message"] == "" || e["fix"] == "" || (bad.code != "" && e["code"] != bad.code) {
			t.Errorf("%s %s %s: %d %v", bad.method, bad.path, bad.body, status, body)
		}
	}

	if status, body := doJSON(t, h, "POST", "/api/work/costcode/reject", `{"ids":["`+id+`"],"comment":"Not ours"}`); status != 200 || body["rejected"].(float64) != 1 {
		t.Fatalf("reject: %d %v", status, body)
	}
	if status, body := doJSON(t, h, "POST", "/api/work/costcode/reopen", `{"ids":["`+id+`"]}`); status != 200 || body["reopened"].(float64) != 1 {
		t.Fatalf("reopen: %d %v", status, body)
	}
	// Cost codes ready to export are work on their own page, not approvals: listed, not counted.
	if status, body := doJSON(t, h, "GET", "/api/approvals", ""); status != 200 || body["pending"].(float64) != 0 {
		t.Fatalf("approvals: %d %v", status, body)
	} else if k := body["kinds"].([]any)[0].(map[string]any); k["kind"] != "costcode" || k["pending"].(float64) != 1039 || k["approval"] != false {
		t.Fatalf("approvals kinds: %v", body["kinds"])
	}
	if _, st := doJSON(t, h, "GET", "/api/status", ""); st["approvals"].(map[string]any)["pending"].(float64) != 0 {
		t.Fatalf("status counts cost codes ready to export as approvals: %v", st["approvals"])
	}
	if status, body := doJSON(t, h, "POST", "/api/work/costcode/export", `{"all":true}`); status != 200 || body["queued"].(float64) != 1039 {
		t.Fatalf("export all: %d %v", status, body)
	}
	r.RunWebConnector(t)
	_, page = doJSON(t, h, "GET", "/api/work/costcode?status=synced&limit=1", "")
	if page["counts"].(map[string]any)["synced"].(float64) != 1039 {
		t.Fatalf("after the run: %v", page["counts"])
	}
	item := page["items"].([]any)[0].(map[string]any)
	if qb, _ := item["qb"].(map[string]any); qb == nil || qb["listID"] == "" {
		t.Fatalf("synced item without its QuickBooks link: %v", item)
	}

	_, act := doJSON(t, h, "GET", "/api/activity?kind=costcode&limit=3", "")
	entries := act["entries"].([]any)
	if len(entries) != 3 || entries[0].(map[string]any)["to"] != "synced" {
		t.Fatalf("activity: %v", entries)
	}
	if status, body := doJSON(t, h, "PUT", "/api/sync/paused", `{"paused":true}`); status != 200 || body["paused"] != true {
		t.Fatalf("pause: %d %v", status, body)
	}
	if status, body := doJSON(t, h, "POST", "/api/sync/now", `{}`); status != 409 {
		t.Fatalf("sync now while paused: %d %v", status, body)
	}
	_, st := doJSON(t, h, "GET", "/api/status", "")
	if st["approvals"].(map[string]any)["pending"].(float64) != 0 || st["sync"].(map[string]any)["paused"] != true {
		t.Fatalf("status: approvals %v sync %v", st["approvals"], st["sync"])
	}
	if status, _ := doJSON(t, h, "PUT", "/api/sync/paused", `{"paused":false}`); status != 200 {
		t.Fatal("resume")
	}
}
