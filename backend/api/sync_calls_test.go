package api_test

import (
	"context"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/api"
	"joblink/internal/synctest"
)

// The status says how many Procore calls polling used this hour and its budget; Sync now can
// name projects.
func TestStatusShowsProcoreCallsAndSyncNowTakesProjects(t *testing.T) {
	r := synctest.New(t, synctest.Options{Log: zerolog.Nop()})
	if err := r.Engine.PollOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	h := api.New(api.Deps{Engine: r.Engine, Log: zerolog.Nop()})
	_, st := doJSON(t, h, "GET", "/api/status", "")
	calls, _ := st["sync"].(map[string]any)["calls"].(map[string]any)
	if calls == nil || calls["used"].(float64) < 1 || calls["budget"].(float64) != 1800 || calls["waiting"] != false {
		t.Fatalf("sync.calls: %v", st["sync"])
	}
	for _, path := range []string{"/api/sync/now?project=3100000000&project=3100000001", "/api/sync/now?projects=all", "/api/sync/now"} {
		if status, body := doJSON(t, h, "POST", path, `{}`); status != 202 || body["started"] != true {
			t.Fatalf("%s: %d %v", path, status, body)
		}
	}
}
