package api_test

import (
	"net/url"
	"testing"
	"time"
)

// GET /api/summary counts the bookkeeper's work (not the cost codes nobody asked to export),
// and what reached QuickBooks today; GET /api/activity filters by outcome, date and search.
func TestSummaryAndActivityFilters(t *testing.T) {
	r, h := costCodesReady(t)

	code, sum := doJSON(t, h, "GET", "/api/summary", "")
	if code != 200 || sum["decisions"].(float64) != 0 || sum["exportedToday"].(float64) != 0 || sum["webConnectorEverySeconds"].(float64) != 300 {
		t.Fatalf("summary before any export: %d %v", code, sum)
	}
	k := sum["kinds"].([]any)[0].(map[string]any)
	if k["kind"] != "costcode" || k["ready"].(float64) != 1039 || k["approval"] != false {
		t.Fatalf("cost codes in the summary: %v", k)
	}

	_, page := doJSON(t, h, "GET", "/api/work/costcode?status=ready&limit=3", "")
	ids := ""
	for i, it := range page["items"].([]any) {
		if i > 0 {
			ids += ","
		}
		ids += `"` + it.(map[string]any)["id"].(string) + `"`
	}
	if status, body := doJSON(t, h, "POST", "/api/work/costcode/export", `{"ids":[`+ids+`]}`); status != 200 || body["queued"].(float64) != 3 {
		t.Fatalf("export: %d %v", status, body)
	}
	_, sum = doJSON(t, h, "GET", "/api/summary", "")
	if sum["queued"].(float64) != 3 {
		t.Fatalf("summary with 3 queued: %v", sum)
	}
	r.RunWebConnector(t)
	_, sum = doJSON(t, h, "GET", "/api/summary", "")
	if sum["exportedToday"].(float64) != 3 || sum["queued"].(float64) != 0 {
		t.Fatalf("summary after the run: %v", sum)
	}

	_, act := doJSON(t, h, "GET", "/api/activity?to=synced", "")
	if n := len(act["entries"].([]any)); n != 3 || act["next"] != "" {
		t.Fatalf("exported entries: %d %v", n, act)
	}
	first := act["entries"].([]any)[0].(map[string]any)
	_, act = doJSON(t, h, "GET", "/api/activity?kind=costcode&q="+url.QueryEscape(first["title"].(string)), "")
	if es := act["entries"].([]any); len(es) < 3 { // found, queued, sent, saved
		t.Fatalf("search for %q: %v", first["title"], es)
	}
	future := url.QueryEscape(time.Now().Add(time.Hour).Format(time.RFC3339))
	if _, act = doJSON(t, h, "GET", "/api/activity?since="+future, ""); len(act["entries"].([]any)) != 0 {
		t.Fatalf("entries from the future: %v", act["entries"])
	}
	if _, act = doJSON(t, h, "GET", "/api/activity?until="+future+"&limit=2", ""); len(act["entries"].([]any)) != 2 || act["next"] == "" {
		t.Fatalf("entries until an hour from now: %v", act)
	}
	for _, bad := range []struct{ path, code string }{
		{"/api/activity?to=exploded", "bad_outcome"},
		{"/api/activity?since=yesterday", "bad_date"},
		{"/api/activity?kind=widgets", "unknown_kind"},
	} {
		status, body := doJSON(t, h, "GET", bad.path, "")
		e, _ := body["error"].(map[string]any)
		if status != 400 || e == nil || e["code"] != bad.code || e["fix"] == "" {
			t.Errorf("%s: %d %v", bad.path, status, body)
		}
	}
}
