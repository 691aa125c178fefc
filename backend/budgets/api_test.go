package budgets_test

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/rs/zerolog"

	"joblink/backend/api"
)

// getPreview asks the API for an item's preview, its key path-escaped as the page sends it.
func getPreview(t *testing.T, r *rig, kind, key string) (int, map[string]any) {
	t.Helper()
	h := api.New(api.Deps{Engine: r.Engine, Log: zerolog.Nop()})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/work/"+kind+"/"+url.PathEscape(key)+"/preview", nil))
	var out map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("preview %s %s: %d, not JSON: %s", kind, key, rec.Code, rec.Body.String())
	}
	return rec.Code, out
}
